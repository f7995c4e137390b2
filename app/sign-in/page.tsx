import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/lib/auth/require";
import { safeNextPath } from "@/lib/auth/safe-next";
import { countSignInUsers } from "@/lib/auth/users";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[]; setup?: string | string[] }>;
}) {
  if ((await countSignInUsers()) === 0) redirect("/setup");
  const { next, setup } = await searchParams;
  // Checked on the server: the form only ever receives a same-site path.
  const target = safeNextPath(next);
  if (await currentUser()) redirect(target);
  return (
    <section className="narrow">
      <h1>Sign in</h1>
      {setup === "done" ? (
        <p role="status" className="alert info">
          The admin account is ready. Sign in with the email and password you just chose, then add your team under
          Users.
        </p>
      ) : null}
      <SignInForm next={target} />
    </section>
  );
}
