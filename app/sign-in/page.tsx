import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/lib/auth/require";
import { countSignInUsers } from "@/lib/auth/users";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if ((await countSignInUsers(db())) === 0) redirect("/setup");
  if (await currentUser()) redirect("/claims");
  const { next } = await searchParams;
  return (
    <section className="narrow">
      <h1>Sign in</h1>
      <SignInForm next={typeof next === "string" ? next : "/claims"} />
    </section>
  );
}
