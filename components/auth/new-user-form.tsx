"use client";

import { useActionState } from "react";
import { createUserAction } from "@/lib/auth/admin-actions";
import { ROLES } from "@/lib/auth/roles";

/** Admin form: a new account with a starting password and role. */
export function NewUserForm() {
  const [state, action, pending] = useActionState(createUserAction, null);
  return (
    <form action={action} className="form-card" aria-label="Create user">
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
