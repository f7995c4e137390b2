"use client";

import { useState } from "react";
import { safeNextPath } from "@/lib/auth/safe-next";

/**
 * Email and password form posting to better-auth's /api/auth/sign-in/email (where the attempt limit applies).
 *
 * @example <SignInForm next="/claims" />
 */
export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const res = await fetch("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
    }).catch(() => null);
    setPending(false);
    if (res?.ok) {
      // The page already checked `next` on the server; checked again here because this is where the browser goes.
      window.location.assign(safeNextPath(next));
      return;
    }
    if (res?.status === 429) setError("Too many sign-in attempts. Wait a minute and try again.");
    else if (res?.status === 403)
      setError(
        "This address is not one claimtrack trusts for sign-in. Open the app at its configured URL (BETTER_AUTH_URL).",
      );
    else if (res === null || res.status >= 500) setError("The server could not be reached. Try again in a moment.");
    else setError("Wrong email or password.");
  }

  return (
    <form onSubmit={submit} className="form-card">
      <label className="field">
        Email
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label className="field">
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error ? <p role="alert">{error}</p> : null}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
