import { describe, expect, it } from "vitest";
import { holderOf } from "./holder.ts";
import { signatureOf } from "./signature.ts";

describe("who holds a figure", () => {
  it.each([
    ["Hasim Rahman (45-7-2, ", "rahman"],
    ["Former champion Riddick Bowe, 43-1, ", "bowe"],
    ["The victory took Klitschko's record to 52-3 with a remarkable ", "klitschko"],
    ["Klitschko’s record 52-3, with ", "klitschko"],
    // A possessive without a record after it holds nothing: "Klitschko's team brought 46".
    ["Klitschko's team brought ", null],
  ])("%s -> %s", (before, holder) => {
    expect(holderOf(before)).toBe(holder);
  });
});

describe("a count qualified 'by' a counted noun counts that noun", () => {
  it("wins by knockout are knockouts", () => {
    expect(signatureOf("wins by knockout", "win").unit).toBe("ko");
    expect(signatureOf("wins by knockout", "win").events.size).toBe(0);
  });
  it("a generic class after 'by' changes nothing", () => {
    expect(signatureOf("deaths by others", "death").unit).toBe("person");
    expect(signatureOf("wins by decision", "win").unit).toBe("win");
  });
});
