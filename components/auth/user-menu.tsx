import Link from "next/link";
import type { SessionUser } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button.tsx";

/** The signed-in user's name and role, the admin links for admins, their API tokens, and sign-out. */
export function UserMenu({ user }: { user: SessionUser | null }) {
  if (!user) return null;
  return (
    // Spacing inline: globals.css has no .user-menu rule, and without a gap the links ran into the name.
    <div className="user-menu" style={{ display: "flex", alignItems: "center", gap: "1rem", flexWrap: "wrap" }}>
      {hasRole(user.role, "admin") ? (
        <>
          <Link href="/admin/users">Users</Link>
          <Link href="/admin/audit">Audit log</Link>
        </>
      ) : null}
      <Link href="/account/tokens">API tokens</Link>
      <span>
        {user.name} <span className="badge">{user.role}</span>
      </span>
      <SignOutButton />
    </div>
  );
}
