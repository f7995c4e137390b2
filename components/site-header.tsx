import Link from "next/link";
import { UserMenu } from "@/components/auth/user-menu";
import { NavLink } from "@/components/ui/nav-link";
import type { SessionUser } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";

/** Top navigation; NavLink marks the current section with aria-current. Links a role cannot use are left out. */
export function SiteHeader({ user = null }: { user?: SessionUser | null }) {
  // Adding documents needs the editor role (the page and the API refuse anyone else): no link to a refusal.
  const canAdd = hasRole(user?.role, "editor");
  return (
    <header className="site-header">
      <Link href="/claims" className="brand">
        <span aria-hidden="true" className="brand-mark">
          ✓
        </span>
        claimtrack
      </Link>
      <nav aria-label="Main">
        <ul>
          <li>
            <NavLink href="/claims">Claims</NavLink>
          </li>
          {canAdd ? (
            <li>
              {/* Editors' own worklist: the claims assigned to them (the table's Assignee filter at "me"). */}
              <NavLink href="/claims?assignee=me">My claims</NavLink>
            </li>
          ) : null}
          <li>
            <NavLink href="/documents" exclude="/documents/new">
              Documents
            </NavLink>
          </li>
          <li>
            <NavLink href="/events">Events</NavLink>
          </li>
          <li>
            <NavLink href="/sources">Sources</NavLink>
          </li>
          {canAdd ? (
            <li>
              <NavLink href="/documents/new" className="nav-cta">
                Add document
              </NavLink>
            </li>
          ) : null}
        </ul>
      </nav>
      <UserMenu user={user} />
    </header>
  );
}
