import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/lib/auth/require";
import { safeNextPath } from "@/lib/auth/safe-next";
import { countSignInUsers } from "@/lib/auth/users";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  if ((await countSignInUsers()) === 0) redirect("/setup");
  const { next } = await searchParams;
  // Checked on the server: the form only ever receives a same-site path.
  const target = safeNextPath(next);
  if (await currentUser()) redirect(target);
  return (
    <section className="narrow">
      <h1>Sign in</h1>
      <SignInForm next={target} />
    </section>
  );
}
