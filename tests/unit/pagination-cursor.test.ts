import { describe, expect, it } from "vitest";
import { CursorError, decodeCursor, encodeCursor, keyOfRow, keysetWhere, pageOf } from "@/lib/pagination/cursor";

const byDate = [
  { field: "createdAt", dir: "desc" as const, date: true },
  { field: "id", dir: "desc" as const },
];

describe("cursor pagination", () => {
  it("round-trips a key and refuses it for another order", () => {
    const cursor = encodeCursor("createdAt-desc", ["2026-01-12T00:00:00.000Z", "d1"]);
    expect(decodeCursor(cursor, "createdAt-desc")).toEqual(["2026-01-12T00:00:00.000Z", "d1"]);
    expect(() => decodeCursor(cursor, "name-asc")).toThrow(CursorError);
  });

  it.each(["", "garbage", Buffer.from('{"o":"id"}').toString("base64url"), Buffer.from("[1]").toString("base64url")])(
    "refuses %j as invalid_cursor (the API answers 422)",
    (bad) => {
      try {
        decodeCursor(bad, "id");
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(CursorError);
        expect((error as CursorError).code).toBe("invalid_cursor");
      }
    },
  );

  it("builds a lexicographic keyset condition, dates as Date", () => {
    const where = keysetWhere(byDate, ["2026-01-12T00:00:00.000Z", "d1"]);
    expect(where).toEqual({
      OR: [
        { createdAt: { lt: new Date("2026-01-12T00:00:00.000Z") } },
        { createdAt: new Date("2026-01-12T00:00:00.000Z"), id: { lt: "d1" } },
      ],
    });
    expect(keysetWhere([{ field: "id", dir: "asc" }], ["c9"])).toEqual({ id: { gt: "c9" } });
    expect(() => keysetWhere(byDate, ["not a date", "d1"])).toThrow(CursorError);
    expect(() => keysetWhere(byDate, ["d1"])).toThrow(CursorError);
  });

  it("pages rows fetched with limit + 1 and walks a list without gaps or repeats", () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, createdAt: new Date(Date.UTC(2026, 0, 7 - i)) }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      let rest = rows;
      if (cursor) {
        const [date, id] = decodeCursor(cursor, "created");
        rest = rows.filter(
          (r) => r.createdAt < new Date(String(date)) || (r.createdAt.toISOString() === date && r.id < String(id)),
        );
      }
      const page = pageOf(rest.slice(0, 3 + 1), 3, "created", (r) => keyOfRow(byDate, r));
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(rows.map((r) => r.id));
  });
});
