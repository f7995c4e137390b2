import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/auth/setup-form";
import { countSignInUsers } from "@/lib/auth/users";

export const metadata: Metadata = { title: "Set up claimtrack" };
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if ((await countSignInUsers()) > 0) redirect("/sign-in");
  return (
    <section className="narrow">
      <h1>Create the first admin</h1>
      <p>No account exists yet. The account you create here administers users and roles.</p>
      <SetupForm />
    </section>
  );
}
