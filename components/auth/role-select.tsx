"use client";

import { useState, useTransition } from "react";
import { setRoleAction } from "@/lib/auth/admin-actions";
import { ROLES, type Role } from "@/lib/auth/roles";

/** A user's role, changed on selection through the admin-only action. */
export function RoleSelect({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const [value, setValue] = useState(role);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <select
        aria-label={`Role of ${email}`}
        value={value}
        aria-busy={pending || undefined}
        onChange={(event) => {
          const next = event.target.value as Role;
          const before = value;
          setValue(next);
          start(async () => {
            const result = await setRoleAction({ userId, role: next });
            if (!result.ok) setValue(before);
            setMessage(result.ok ? null : result.message);
          });
        }}
      >
        {ROLES.map((r) => (
          <option key={r}>{r}</option>
        ))}
      </select>
      {message ? <span role="alert">{message}</span> : null}
    </>
  );
}
