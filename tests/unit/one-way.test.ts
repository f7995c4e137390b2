/**
 * "One way to do each thing" (issue 12), checked on the source tree so a second way cannot creep back in:
 * audit rows are written only by lib/audit/record.ts (recordAudit), a server action's role check goes through
 * action() (lib/auth/action.ts), domain writes live in mutations.ts files that take an actor (never a gate), and the value sort's nulls-last split lives in lib/claims/sql/order.ts alone. Routes never import
 * the database (the lint rule in biome.json does that; tests/unit/layers.test.ts proves the rule bites). An exported
 * function in lib/ takes the database last, defaulted (`database: Db = db()`); a transaction (`tx: Tx`) comes first.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((entry) => {
    const rel = path.join(dir, entry);
    if (entry === "generated" || entry === "node_modules") return [];
    if (statSync(path.join(root, rel)).isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(entry) && !/\.test\.ts$/.test(entry) ? [rel] : [];
  });
}

describe("one way to do each thing", () => {
  it("writes audit rows only through recordAudit (lib/audit/record.ts)", () => {
    const writers = ["lib", "app", "cli", "scripts"]
      .flatMap(sources)
      .filter((file) => file !== path.join("lib", "audit", "record.ts"))
      .filter((file) =>
        // Prisma's writers, or a raw multi-row insert into the table (lib/db/insert-rows.ts).
        /auditEvent\s*\.\s*(create|createMany|upsert)\b|"AuditEvent"/.test(readFileSync(path.join(root, file), "utf8")),
      );
    expect(writers).toEqual([]);
  });

  it("never names roles by hand in a role check (hasRole, action() and defineEndpoint's role do)", () => {
    const handWritten = ["lib", "app", "components"]
      .flatMap(sources)
      .filter((file) =>
        /\.role\s*[!=]==\s*"(admin|editor|reviewer|researcher)"/.test(readFileSync(path.join(root, file), "utf8")),
      );
    expect(handWritten).toEqual([]);
  });

  it("defines the value sort's 'no value last' ranges once (valueRanges in lib/claims/sql/order.ts)", () => {
    const splits = ["lib", "app", "cli"]
      .flatMap(sources)
      .filter((file) => file !== path.join("lib", "claims", "sql", "order.ts"))
      .filter((file) => /"sortValue"\s+IS\s+(NOT\s+)?NULL/i.test(readFileSync(path.join(root, file), "utf8")));
    expect(splits).toEqual([]);
  });

  it("builds every server action in lib/ with action() (lib/auth/action.ts), which owns the role check", () => {
    const actionFiles = sources("lib").filter((file) =>
      /^["']use server["'];/m.test(readFileSync(path.join(root, file), "utf8")),
    );
    expect(actionFiles.length).toBeGreaterThan(10);
    // /setup has no role to check: it answers only while nobody can sign in (lib/auth/users.ts createFirstAdmin).
    const own = actionFiles
      .filter((file) => file !== path.join("lib", "auth", "setup-action.ts"))
      .filter((file) => {
        const text = readFileSync(path.join(root, file), "utf8");
        return (
          !/import \{ action \} from "(@\/lib\/auth\/action|\.\/action\.ts)"/.test(text) || /requireRole\(/.test(text)
        );
      });
    expect(own).toEqual([]);
  });

  it("has one write shape: mutations.ts, no commands.ts; domain writes take an actor, never a gate", () => {
    const files = ["lib"].flatMap(sources);
    expect(files.filter((file) => path.basename(file) === "commands.ts")).toEqual([]);
    const gated = files
      .filter((file) => !file.startsWith(path.join("lib", "auth")) && !file.startsWith(path.join("lib", "api")))
      .filter((file) =>
        /\b(Gate|permit)\b|\{\s*ok:\s*true,\s*user\s*\}/.test(readFileSync(path.join(root, file), "utf8")),
      );
    expect(gated).toEqual([]);
  });

  it("parses input once, at the edge: no domain write (a function given the database) takes unparsed input", () => {
    // Actions and routes (lib/api) are the edge; parsers of their own input (an upload, a redirect target) are not
    // writes. A write is an exported function that takes the database.
    const unparsed = sources("lib")
      .filter((file) => path.basename(file) !== "actions.ts" && !file.startsWith(path.join("lib", "api")))
      .filter((file) =>
        /export (async )?function \w+\([^)]*\b(input|raw|body): unknown[^)]*\b(database|client): Db\b/.test(
          readFileSync(path.join(root, file), "utf8"),
        ),
      );
    expect(unparsed).toEqual([]);
  });

  it("marks every loader (lib/<domain>/data.ts, *-data.ts) server-only with the package, not a comment", () => {
    const loaders = sources("lib").filter((file) => /(^|[/-])data\.ts$/.test(path.basename(file)));
    expect(loaders.length).toBeGreaterThan(10);
    const unmarked = loaders.filter(
      (file) => !/^import "server-only";$/m.test(readFileSync(path.join(root, file), "utf8")),
    );
    expect(unmarked).toEqual([]);
  });

  it("reads process.env in lib/ only in lib/env.ts (env(), parseEnv, childEnv)", () => {
    const readers = sources("lib")
      .filter((file) => file !== path.join("lib", "env.ts"))
      .filter((file) => /process\.env\b/.test(readFileSync(path.join(root, file), "utf8")));
    expect(readers).toEqual([]);
  });

  it("takes the database last, defaulted (`database: Db = db()`), in every exported function in lib/", () => {
    // A helper that runs inside its caller's transaction takes the transaction first (`tx: Tx`, `tx: Tx | Db`): allowed.
    const databaseFirst = sources("lib").flatMap((file) =>
      [
        ...readFileSync(path.join(root, file), "utf8").matchAll(
          /export\s+(?:async\s+)?function\s+(\w+)\s*(?:<[^()]*>)?\s*\(\s*(?:database|client|db)\s*:\s*Db\b(?:\s*\|\s*Tx\b)?(?:\s*=\s*db\(\))?\s*,\s*(?!\))/g,
        ),
      ].map((match) => `${file}: ${match[1]}`),
    );
    expect(databaseFirst).toEqual([]);
  });

  it("reads an export's SQL rows by field name (positionsOf), never by a destructured position list", () => {
    const positional = sources(path.join("lib", "export")).filter((file) =>
      /const\s*\[[^\]]*\]\s*=\s*(tuple|c|row);/.test(readFileSync(path.join(root, file), "utf8")),
    );
    expect(positional).toEqual([]);
  });

  it("defines the unit lexicons once (lib/extract/lexicon/units.ts); other unit lists are built from them", () => {
    const lexicon = path.join("lib", "extract", "lexicon", "units.ts");
    const own = sources("lib")
      .filter((file) => file !== lexicon)
      .filter((file) =>
        /\bconst\s+(?:MEASURE_UNITS|TIME_UNITS|CURRENCY_SYMBOLS|CURRENCY_WORDS|UNIT_SCALES)\b/.test(
          readFileSync(path.join(root, file), "utf8"),
        ),
      );
    expect(own).toEqual([]);
  });

  it("formats figures in lib/claims/format.ts alone: one number formatter, both styles (formatQuantity, formatFigure)", () => {
    const own = ["lib", "app", "components"]
      .flatMap(sources)
      .filter((file) => file !== path.join("lib", "claims", "format.ts"))
      .filter((file) =>
        /new Intl\.NumberFormat\b|\bfunction formatFigure\b/.test(readFileSync(path.join(root, file), "utf8")),
      );
    expect(own).toEqual([]);
  });
});
