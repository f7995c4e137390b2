import Link from "next/link";
import type { SessionUser } from "@/lib/auth/require";
import { SignOutButton } from "./sign-out-button.tsx";

/** The signed-in user's name and role, the admin links for admins, their API tokens, and sign-out. */
export function UserMenu({ user }: { user: SessionUser | null }) {
  if (!user) return null;
  return (
    <div className="user-menu">
      {user.role === "admin" ? (
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
