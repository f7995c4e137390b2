/**
 * The rights ladder (issue 5): each role can do everything the roles below it can. One ordered list keeps the
 * checks in actions, route handlers and the UI identical.
 */
export const ROLES = ["researcher", "reviewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Whether `role` reaches `min` on the ladder; an unknown role reaches nothing.
 *
 * @example
 * hasRole("editor", "reviewer") // true
 * hasRole("researcher", "reviewer") // false
 */
export function hasRole(role: string | null | undefined, min: Role): boolean {
  const rank = ROLES.indexOf(role as Role);
  return rank >= 0 && rank >= ROLES.indexOf(min);
}

/**
 * Narrows a string to a Role.
 *
 * @example
 * isRole("editor") // true
 */
export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
