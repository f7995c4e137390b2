import { describe, expect, it } from "vitest";
import { isTransientConflict, retryTransient } from "@/lib/db/retry";

describe("retryTransient", () => {
  it.each([
    ["PostgreSQL deadlock", "Raw query failed. Code: `40P01`. Message: `deadlock detected`", true],
    ["PostgreSQL serialization", "could not serialize access due to concurrent update", true],
    ["SQLite busy", "SQLITE_BUSY: database is locked", true],
    ["SQLite busy past the timeout, as the adapter reports it", "Operation has timed out", true],
    ["unique constraint", "Unique constraint failed on the fields: (`sha256`)", false],
    ["anything else", "Cannot read properties of undefined", false],
  ])("%s -> transient %s", (_, message, transient) => {
    expect(isTransientConflict(new Error(message))).toBe(transient);
  });

  it("runs a transaction that lost a race again, and gives up on real errors at once", async () => {
    let calls = 0;
    const value = await retryTransient(async () => {
      calls++;
      if (calls < 3) throw new Error("deadlock detected");
      return "stored";
    });
    expect([value, calls]).toEqual(["stored", 3]);
    let real = 0;
    await expect(
      retryTransient(async () => {
        real++;
        throw new Error("Unique constraint failed");
      }),
    ).rejects.toThrow("Unique");
    expect(real).toBe(1);
  });
});
