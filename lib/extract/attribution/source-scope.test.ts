import { describe, expect, it } from "vitest";
import { scopeOfName } from "./source-scope.ts";

describe("scopeOfName (a typed source name)", () => {
  it.each([
    ["Police", "document"],
    ["police", "document"],
    ["Officials", "document"],
    ["Fire service", "document"],
    ["the document", "document"],
    ["The Ministry", "document"],
    ["Hengaw", "global"],
    ["Reuters", "global"],
    ["Human Rights Watch", "global"],
    ["Dhaka Metropolitan Police", "global"],
    ["Interior Ministry", "global"],
    ["Lisa Daftari", "global"],
    ["Sources close to Hamas", "global"],
  ] as const)("%s is %s", (name, scope) => {
    expect(scopeOfName(name)).toBe(scope);
  });
});
