"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * A header link that knows whether it points at the current section.
 *
 * @example <NavLink href="/documents" exclude="/documents/new">Documents</NavLink>
 */
export function NavLink({
  href,
  exclude,
  className,
  children,
}: {
  href: string;
  /** A sub-path that has its own nav entry and so must not light this one up. */
  exclude?: string;
  className?: string;
  children: ReactNode;
}) {
  const pathname = usePathname() ?? "";
  const inSection = pathname === href || pathname.startsWith(`${href}/`);
  const current = inSection && !(exclude && pathname.startsWith(exclude));
  return (
    <Link href={href} className={className} aria-current={current ? "page" : undefined}>
      {children}
    </Link>
  );
}
