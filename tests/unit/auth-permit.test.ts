/**
 * permit (lib/auth/permit.ts), the role check every shared domain command makes on the gate it is given: it must
 * agree with the role ladder (hasRole) for every role, and keep the gate's own refusal.
 */
import { describe, expect, it } from "vitest";
import { permit } from "@/lib/auth/permit";
import type { Gate } from "@/lib/auth/require";
import { hasRole, ROLES } from "@/lib/auth/roles";

const gateOf = (role: (typeof ROLES)[number]): Gate => ({
  ok: true,
  user: { id: `u-${role}`, email: `${role}@example.org`, name: role, role },
});

describe("permit", () => {
  it.each(ROLES.flatMap((role) => ROLES.map((min) => [role, min] as const)))("a %s asking for %s", (role, min) => {
    const access = permit(gateOf(role), min);
    expect(access.ok).toBe(hasRole(role, min));
    if (access.ok) expect(access.user.id).toBe(`u-${role}`);
    else expect(access).toEqual({ ok: false, code: "forbidden", message: `This needs the ${min} role.` });
  });

  it("lets editors and admins through an editor check, as the hand-written checks it replaced did", () => {
    for (const role of ROLES) {
      expect(permit(gateOf(role), "editor").ok).toBe(role === "editor" || role === "admin");
    }
  });

  it("says the caller's own message, and passes a refused gate on without its HTTP status", () => {
    expect(permit(gateOf("reviewer"), "editor", "Only editors and admins can edit or merge sources.")).toEqual({
      ok: false,
      code: "forbidden",
      message: "Only editors and admins can edit or merge sources.",
    });
    const denied: Gate = { ok: false, code: "unauthenticated", status: 401, message: "Sign in first." };
    expect(permit(denied, "researcher")).toEqual({ ok: false, code: "unauthenticated", message: "Sign in first." });
  });
});
