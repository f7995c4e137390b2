"use client";

/** Ends the session through better-auth's endpoint, then goes to the sign-in page. */
export function SignOutButton() {
  async function signOut() {
    await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    window.location.assign("/sign-in");
  }
  return (
    <button type="button" className="button" onClick={signOut}>
      Sign out
    </button>
  );
}
