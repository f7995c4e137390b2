import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { PUT as putStatus } from "@/app/api/claims/[id]/status/route";
import { GET as getClaims } from "@/app/api/claims/route";
import { POST as postDocument } from "@/app/api/documents/route";
import { runAction } from "@/lib/auth/action";
import { gate, sessionUser } from "@/lib/auth/require";
import type { Role } from "@/lib/auth/roles";
import { changeClaimStatus, decideFlag } from "@/lib/claims/mutations";
import { statusChangeSchema } from "@/lib/claims/schema";
import { db } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { contentHash, insertExtractedDocument } from "@/lib/documents/mutations";
import { groupDecisionSchema } from "@/lib/groups/schema";
import { actorOf } from "./support/act";
import { signedInUser, signInRequest, TEST_PASSWORD, type TestUser } from "./support/auth";
import { makeExtraction } from "./support/make-extraction";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 60_000 });

const roles: Role[] = ["researcher", "reviewer", "editor", "admin"];

describe.each(databaseLegs())("sign-in and roles on %s", (leg) => {
  let t: TestDatabase;
  const users = {} as Record<Role, TestUser>;
  let claimId: string;
  const previousUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    process.env.DATABASE_URL = t.url; // route handlers and the auth instance use the process-wide client
    for (const role of roles) users[role] = await signedInUser(db(), role);
    const id = newId();
    const { text, extraction } = makeExtraction(id, [
      { sentence: "Over 800 fighters crossed.", source: "Monitors", quantity: { text: "800 fighters", value: 800 } },
    ]);
    await insertExtractedDocument({ id, text, sha256: contentHash(text) }, extraction, t.client);
    claimId = (await t.client.claim.findFirstOrThrow({ select: { id: true } })).id;
  }, 120_000);
  afterAll(async () => {
    await db().$disconnect();
    process.env.DATABASE_URL = previousUrl;
    await t?.drop();
  });

  it("stores a scrypt hash, never the password, and sets an httpOnly SameSite cookie", async () => {
    const account = await t.client.account.findFirstOrThrow({ where: { userId: users.editor.id } });
    expect(account.password).not.toContain(TEST_PASSWORD);
    expect(account.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/); // better-auth's scrypt salt:key
    const res = await signInRequest(users.editor.email, TEST_PASSWORD, "10.9.9.9");
    const cookie = res.headers.getSetCookie().join("\n");
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  // The limiter's memory is per process, shared by both legs: each leg signs in from its own addresses.
  it("refuses a wrong password and rate-limits repeated sign-in attempts (429)", async () => {
    const statuses: number[] = [];
    // Unknown accounts, one per attempt: the per-account back-off (ADR 012) would step in after five at one account.
    for (let i = 0; i < 12; i += 1)
      statuses.push(
        (await signInRequest(`${i}.${users.editor.email}`, "wrong password!", `10.66.${leg.length}.1`)).status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Even the right password is refused while the limit holds; another address is unaffected.
    expect((await signInRequest(users.editor.email, TEST_PASSWORD, `10.66.${leg.length}.1`)).status).toBe(429);
    expect((await signInRequest(users.editor.email, TEST_PASSWORD, `10.66.${leg.length}.2`)).status).toBe(200);
  });

  it("reads the session's user with the role from the database", async () => {
    expect(await sessionUser(users.reviewer.headers)).toMatchObject({ id: users.reviewer.id, role: "reviewer" });
    expect(await sessionUser(new Headers())).toBeNull();
    expect(await sessionUser(new Headers({ cookie: "better-auth.session_token=forged.value" }))).toBeNull();
  });

  const statusCases: Array<[Role | "anonymous", number]> = [
    ["anonymous", 401],
    ["researcher", 403],
    ["reviewer", 403],
    ["editor", 200],
    ["admin", 200],
  ];
  it.each(statusCases)("PUT /api/claims/:id/status as %s -> %i", async (who, expected) => {
    const current = await t.client.claim.findUniqueOrThrow({ where: { id: claimId } });
    const headers = who === "anonymous" ? new Headers() : users[who].headers;
    headers.set("content-type", "application/json");
    const res = await putStatus(
      new Request(`http://localhost/api/claims/${claimId}/status`, {
        method: "PUT",
        headers,
        body: JSON.stringify({ status: who === "admin" ? "disputed" : "corroborated", version: current.version }),
      }),
      { params: Promise.resolve({ id: claimId }) },
    );
    expect(res.status).toBe(expected);
    const after = await t.client.claim.findUniqueOrThrow({ where: { id: claimId } });
    if (expected === 200) expect(after.version).toBe(current.version + 1);
    else {
      expect(after.version).toBe(current.version); // refused: nothing written
      expect((await res.json()).error.code).toBe(expected === 401 ? "unauthenticated" : "forbidden");
    }
  });

  it.each(statusCases)(
    "the status and flag actions' core (action(): gate, then input) as %s",
    async (who, expected) => {
      const headers = who === "anonymous" ? new Headers() : users[who].headers;
      const current = await t.client.claim.findUniqueOrThrow({ where: { id: claimId } });
      const status = { role: "editor", input: statusChangeSchema } as const;
      const result = await runAction(
        await gate(headers, "editor"),
        status,
        { claimId, status: "needs-review", version: current.version },
        (input, user) => changeClaimStatus(user, input),
      );
      expect(result.ok).toBe(expected === 200);
      // A gate opened for a lower role still cannot change a status: action() checks the role it declares.
      const forged = await runAction(
        await gate(headers, "researcher"),
        status,
        {
          claimId,
          status: "retracted",
          version: (await t.client.claim.findUniqueOrThrow({ where: { id: claimId } })).version,
        },
        (input, user) => changeClaimStatus(user, input),
      );
      expect(forged.ok).toBe(expected === 200);
      const flag = await runAction(
        await gate(headers, "editor"),
        { role: "editor", input: groupDecisionSchema },
        { groupId: "no-such-group", decision: "dismissed", reason: "not the same count" },
        (input, user) => decideFlag({ ...input, actorId: user.id }, t.client),
      );
      expect(flag.ok ? "ok" : flag.code).toBe(
        expected === 401 ? "unauthenticated" : expected === 403 ? "forbidden" : "not_found",
      );
    },
  );

  const ingestCases: Array<[Role | "anonymous", number]> = [
    ["anonymous", 401],
    ["researcher", 403],
    ["reviewer", 403],
    ["editor", 201],
  ];
  it.each(ingestCases)("POST /api/documents as %s -> %i; GET /api/claims needs a session", async (who, expected) => {
    const headers = who === "anonymous" ? new Headers() : new Headers(users[who].headers);
    headers.set("content-type", "application/json");
    const before = await t.client.document.count();
    const res = await postDocument(
      new Request("http://localhost/api/documents", {
        method: "POST",
        headers,
        body: JSON.stringify({ text: `Officials said ${who} counted 12 boats on Monday.` }),
      }),
    );
    expect(res.status).toBe(expected);
    expect(await t.client.document.count()).toBe(before + (expected === 201 ? 1 : 0));
    const read = await getClaims(new Request("http://localhost/api/claims", { headers }));
    expect(read.status).toBe(who === "anonymous" ? 401 : 200);
  });

  it("two editors saving the same claim at once: one wins, the other gets a conflict, history keeps both sides", async () => {
    const second = await signedInUser(db(), "editor");
    const current = await t.client.claim.findUniqueOrThrow({ where: { id: claimId } });
    const [a, b] = await Promise.all([
      changeClaimStatus(await actorOf(gate(users.editor.headers, "editor")), {
        claimId,
        status: "refuted",
        version: current.version,
      }),
      changeClaimStatus(await actorOf(gate(second.headers, "editor")), {
        claimId,
        status: "corroborated",
        version: current.version,
      }),
    ]);
    const codes = [a, b].map((r) => (r.ok ? "ok" : r.code)).sort();
    expect(codes).toEqual(["conflict", "ok"]);
    const after = await t.client.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(after.version).toBe(current.version + 1);
    const winner = a.ok ? { status: "refuted", actor: users.editor.id } : { status: "corroborated", actor: second.id };
    expect(after.status).toBe(winner.status);
    const last = await t.client.auditEvent.findFirstOrThrow({
      where: { entityId: claimId, action: "status" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    expect(last.actorId).toBe(winner.actor);
    expect(JSON.parse(last.before ?? "{}").status).toBe(current.status);
  });
});
