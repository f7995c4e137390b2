import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
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

  it("is the only place an API error's status comes from: ApiError takes a code's own status only", () => {
    // tsc (npm run typecheck) checks these: ApiError's status is typed as ERROR_STATUS[code].
    expect(new ApiError(404, "not_found", "No claim with this id.").status).toBe(statusOf("not_found"));
    expect(new ApiError(400, "invalid_json", "The body is not valid JSON.").status).toBe(statusOf("invalid_json"));
    // @ts-expect-error a status the table does not give the code
    expect(new ApiError(400, "not_found", "x").status).toBe(400);
    // @ts-expect-error a code the table does not hold
    expect(new ApiError(418, "teapot", "x").code).toBe("teapot");
  });
});
