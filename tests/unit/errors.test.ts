import { describe, expect, it } from "vitest";
import { ingestErrorCodes } from "@/lib/documents/schema";
import { ERROR_STATUS, statusOf } from "@/lib/errors";

describe("one code -> status table (lib/errors.ts)", () => {
  it("gives every domain's refusal code a 4xx status", () => {
    for (const code of [...ingestErrorCodes, "invalid_cursor" as const, "conflict" as const]) {
      expect(statusOf(code)).toBeGreaterThanOrEqual(400);
      expect(statusOf(code)).toBeLessThan(500);
    }
  });

  it("keeps the statuses the API has always answered", () => {
    expect(ERROR_STATUS).toMatchObject({ unauthenticated: 401, forbidden: 403, not_found: 404, conflict: 409 });
    expect([statusOf("too_large"), statusOf("unsupported_type"), statusOf("invalid")]).toEqual([413, 415, 422]);
  });
});
