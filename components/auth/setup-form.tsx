"use client";

import { useActionState } from "react";
import { createFirstAdminAction } from "@/lib/auth/setup-action";

/** The first admin's name, email and password. */
export function SetupForm() {
  const [state, action, pending] = useActionState(createFirstAdminAction, null);
  return (
    <form action={action} className="form-card">
      <label className="field">
        Name
        <input name="name" required autoComplete="name" />
      </label>
      <label className="field">
        Email
        <input name="email" type="email" required autoComplete="username" />
      </label>
      <label className="field">
        Password (at least 10 characters)
        <input name="password" type="password" required minLength={10} autoComplete="new-password" />
      </label>
      {state && !state.ok ? <p role="alert">{state.message}</p> : null}
      <button className="button" type="submit" disabled={pending}>
        Create admin account
      </button>
    </form>
  );
}
