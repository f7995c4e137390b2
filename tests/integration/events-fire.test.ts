/**
 * Issue 11, "Done when": the Dhaka factory fire told by two outlets through one day, a same-day protest in another
 * country with the same numbers, and the reference Iran article the same week. Ingested through the app's own path
 * (ingestDocument: extract, store, event, cross-document groups) on SQLite and PostgreSQL.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listClaims } from "@/lib/claims/data";
import { claimsQuerySchema } from "@/lib/claims/query-schema";
import { ingestDocument } from "@/lib/documents/mutations";
import { getGroup, groupsOfClaim } from "@/lib/groups/data";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

vi.setConfig({ testTimeout: 60_000 });

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures", name), "utf8");
const docs = {
  iran: {
    title: "Militias cross into Iran",
    outlet: "Reference",
    publishedAt: "2026-01-12T08:00:00Z",
    text: fixture("iran-militias.txt"),
  },
  morning: {
    title: "Garment factory fire",
    outlet: "Morning Wire",
    publishedAt: "2026-01-13T04:30:00Z",
    text: fixture("events/ashulia/fire-morning.txt"),
  },
  protest: {
    title: "Finance bill protests",
    outlet: "Coast Herald",
    publishedAt: "2026-01-13T10:00:00Z",
    text: fixture("events/ashulia/protest-nairobi.txt"),
  },
  evening: {
    title: "Toll rises to 17",
    outlet: "Evening Courier",
    publishedAt: "2026-01-13T13:00:00Z",
    text: fixture("events/ashulia/fire-evening.txt"),
  },
};
type Name = keyof typeof docs;

describe.each(databaseLegs())("the fire story, events first, on %s", (leg) => {
  let t: TestDatabase;
  const id = {} as Record<Name, string>;
  beforeAll(async () => {
    t = await createTestDatabase(leg);
    for (const name of ["iran", "morning", "protest", "evening"] as Name[]) {
      id[name] = (await ingestDocument(docs[name], t.client)).documentId;
    }
  }, 180_000);
  afterAll(async () => t?.drop());

  async function quantity(doc: Name, text: string) {
    return t.client.quantity.findFirstOrThrow({ where: { documentId: id[doc], text } });
  }
  /** Every group (in-document and cross-document) holding the quantity, with its members' documents. */
  async function groupsOf(quantityId: string) {
    const groups = await t.client.quantityGroup.findMany({
      where: { members: { some: { quantityId } } },
      select: {
        id: true,
        documentId: true,
        verdict: true,
        explanation: true,
        members: { select: { quantity: { select: { documentId: true, value: true, text: true } } } },
      },
    });
    return groups.map((g) => ({ ...g, members: g.members.map((m) => m.quantity) }));
  }
  const fire = () => new Set([id.morning, id.evening]);

  it("puts the two fire reports in one event, the protest and the Iran article each in their own", async () => {
    const rows = await t.client.document.findMany({ select: { id: true, eventId: true } });
    const eventOf = new Map(rows.map((r) => [r.id, r.eventId]));
    expect(eventOf.get(id.morning)).toBeTruthy();
    expect(eventOf.get(id.evening)).toBe(eventOf.get(id.morning));
    expect(new Set([eventOf.get(id.morning), eventOf.get(id.protest), eventOf.get(id.iran)]).size).toBe(3);
    const event = await t.client.event.findUniqueOrThrow({ where: { id: eventOf.get(id.morning) as string } });
    expect(event.documentCount).toBe(2);
    expect(event.place).toBe("dhaka");
    expect(event.startAt?.toISOString()).toBe(docs.morning.publishedAt.replace("Z", ".000Z"));
    expect(event.endAt?.toISOString()).toBe(docs.evening.publishedAt.replace("Z", ".000Z"));
  });

  it("12 -> 17 across the two reports is one developing group", async () => {
    const twelve = await quantity("morning", "At least 12 people");
    const [link] = await groupsOfClaim(twelve.claimId, t.client);
    const group = await getGroup(link.id, t.client);
    expect(group?.verdict).toBe("developing");
    expect(group?.explanation).toMatch(/rising over time: at least 12 .* then 17/);
    const values = group?.figures.map((f) => f.value) ?? [];
    expect(values.slice(0, 2).sort()).toEqual([12, 15]);
    expect(values).toContain(17);
    expect(values).toContain(16);
    expect(new Set(group?.figures.map((f) => f.documentId))).toEqual(fire());
    // The claims table's "Developing (rising)" filter lists the morning's toll.
    const page = await listClaims(claimsQuerySchema.parse({ flag: "developing", pageSize: "100" }), {}, t.client);
    expect(page.rows.map((r) => r.id)).toContain(twelve.claimId);
  });

  it("16 (police) vs 17 (hospital) in the evening report is a conflict", async () => {
    const sixteen = await quantity("evening", "16");
    const own = (await groupsOf(sixteen.id)).find((g) => g.documentId === id.evening);
    expect(own?.verdict).toBe("conflict");
    expect(own?.members.map((m) => m.value).sort()).toEqual([16, 17, 17]);
    expect(own?.explanation).toMatch(/16 \(Police\) vs 17/);
  });

  it("Rana Plaza's 1,100 is background: compared with no figure of the fire", async () => {
    const rana = await quantity("morning", "over 1,100 people");
    for (const g of await groupsOf(rana.id)) expect(g.members.map((m) => m.text)).toEqual(["over 1,100 people"]);
    const fifteen = await quantity("morning", "15 workers");
    const own = (await groupsOf(fifteen.id)).find((g) => g.documentId === id.morning);
    expect(own?.members.map((m) => m.value).sort((a, b) => a - b)).toEqual([12, 15]);
    expect(own?.explanation).not.toMatch(/1,100/);
  });

  it("the protest's same numbers and the Iran article's 38 fatalities join no fire group", async () => {
    const outsiders = await t.client.quantity.findMany({
      where: { documentId: { in: [id.protest, id.iran] } },
      select: { id: true, text: true },
    });
    expect(outsiders.map((q) => q.text)).toEqual(
      expect.arrayContaining(["At least 12 people", "at least 38 fatalities"]),
    );
    for (const q of outsiders) {
      for (const g of await groupsOf(q.id)) {
        expect(g.members.filter((m) => fire().has(m.documentId))).toEqual([]);
      }
    }
  });

  it("the reference article's fighters conflict is unchanged", async () => {
    const fighters = await quantity("iran", "approximately 850 fighters");
    const own = (await groupsOf(fighters.id)).find((g) => g.documentId === id.iran);
    expect(own?.verdict).toBe("conflict");
    expect(own?.members.map((m) => m.value).sort((a, b) => a - b)).toEqual([800, 800, 850]);
  });
});
