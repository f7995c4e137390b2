"use client";

import { type FormEvent, useActionState, useEffect, useRef, useTransition } from "react";
import { createUserAction } from "@/lib/auth/admin-actions";
import { ROLES } from "@/lib/auth/roles";

/**
 * Admin form: a new account with a starting password and role. Submitted through onSubmit rather than the form's
 * action, so a refusal (an email already in use) leaves what the admin typed in place; the form clears only once the
 * user exists.
 */
export function NewUserForm() {
  const [state, action, pending] = useActionState(createUserAction, null);
  const [, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  }

  return (
    <form ref={form} onSubmit={submit} className="form-card" aria-label="Create user">
      <label className="field">
        Name
        <input name="name" required />
      </label>
      <label className="field">
        Email
        <input name="email" type="email" required />
      </label>
      <label className="field">
        Starting password
        <input name="password" type="password" required minLength={10} autoComplete="new-password" />
      </label>
      <label className="field">
        Role
        <select name="role" defaultValue="researcher">
          {ROLES.map((role) => (
            <option key={role}>{role}</option>
          ))}
        </select>
      </label>
      {state ? <p role={state.ok ? "status" : "alert"}>{state.message}</p> : null}
      <button className="button" type="submit" disabled={pending}>
        Create user
      </button>
    </form>
  );
}
