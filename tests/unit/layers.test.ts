/**
 * The layers of ARCHITECTURE.md are enforced by Biome's noRestrictedImports (biome.json overrides), not by goodwill:
 * each case writes a two-line file at a path inside a layer (a unique name, removed afterwards: Biome applies its
 * overrides to real paths, not to --stdin-file-path), lints it, and expects the rule to refuse or allow the import.
 */
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const biome = path.join(root, "node_modules", ".bin", "biome");

function lint(filePath: string, source: string): { refused: boolean; output: string } {
  const probe = filePath.replace(/probe(\.tsx?)$/, `zz-layer-probe-${randomUUID().slice(0, 8)}$1`);
  writeFileSync(path.join(root, probe), source);
  try {
    const run = spawnSync(biome, ["lint", probe], { cwd: root, encoding: "utf8" });
    const output = `${run.stdout}${run.stderr}`;
    return { refused: output.includes("noRestrictedImports"), output };
  } finally {
    rmSync(path.join(root, probe), { force: true });
  }
}

describe("layer rules (biome.json)", () => {
  it.each([
    ["lib/extract/probe.ts", 'import { db } from "@/lib/db/client";\nexport const x = db;\n'],
    ["lib/extract/probe.ts", 'import { db } from "../db/client.ts";\nexport const x = db;\n'],
    [
      "lib/extract/probe.ts",
      'import { groupQuantities } from "@/lib/compare/group";\nexport const x = groupQuantities;\n',
    ],
    [
      "lib/extract/probe.ts",
      'import { groupQuantities } from "../compare/group.ts";\nexport const x = groupQuantities;\n',
    ],
    ["lib/extract/probe.ts", 'import { analyze } from "../analysis/analyze.ts";\nexport const x = analyze;\n'],
    // A module one folder down (lib/extract/tokens/, attribution/ ...) reaches out with "../../".
    [
      "lib/extract/tokens/probe.ts",
      'import { groupQuantities } from "../../compare/group.ts";\nexport const x = groupQuantities;\n',
    ],
    ["lib/extract/attribution/probe.ts", 'import { db } from "../../db/client.ts";\nexport const x = db;\n'],
    ["lib/compare/probe.ts", 'import { useState } from "react";\nexport const x = useState;\n'],
    ["lib/compare/probe.ts", 'import { headers } from "next/headers";\nexport const x = headers;\n'],
    ["lib/claims/probe.ts", 'import { ApiError } from "@/lib/api/errors";\nexport const x = ApiError;\n'],
    ["lib/documents/probe.ts", 'import { handle } from "../api/respond.ts";\nexport const x = handle;\n'],
    ["components/claims/probe.tsx", 'import { db } from "@/lib/db/client";\nexport const x = db;\n'],
    ["app/claims/probe.tsx", 'import { db } from "@/lib/db/client";\nexport const x = db;\n'],
    ["app/api/probe.ts", 'import { PrismaClient } from "@prisma/client";\nexport const x = PrismaClient;\n'],
    ["lib/db/probe.ts", 'import { pageFilter } from "@/lib/claims/sql/filter";\nexport const x = pageFilter;\n'],
    [
      "lib/db/probe.ts",
      'import { textSearchCondition } from "../claims/text-search.ts";\nexport const x = textSearchCondition;\n',
    ],
  ])("refuses %s importing across a layer", (filePath, source) => {
    const { refused, output } = lint(filePath, source);
    expect(refused, output).toBe(true);
  });

  it.each([
    ["lib/api/probe.ts", 'import { ApiError } from "@/lib/api/errors";\nexport const x = ApiError;\n'],
    ["lib/claims/probe.ts", 'import { db } from "@/lib/db/client";\nexport const x = db;\n'],
    ["lib/claims/probe.ts", 'import { pageOf } from "@/lib/pagination/cursor";\nexport const x = pageOf;\n'],
    ["lib/extract/probe.ts", 'import { segment } from "./tokens/segment.ts";\nexport const x = segment;\n'],
    ["lib/extract/claims/probe.ts", 'import { segment } from "../tokens/segment.ts";\nexport const x = segment;\n'],
    ["lib/compare/probe.ts", 'import type { Claim } from "../extract/schema.ts";\nexport type X = Claim;\n'],
    [
      "lib/analysis/probe.ts",
      'import { groupQuantities } from "@/lib/compare/group";\nexport const x = groupQuantities;\n',
    ],
    ["app/claims/probe.tsx", 'import { listClaims } from "@/lib/claims/data";\nexport const x = listClaims;\n'],
    ["lib/db/probe.ts", 'import { db } from "@/lib/db/client";\nexport const x = db;\n'],
    ["lib/db/probe.ts", 'import { newId } from "./ids.ts";\nexport const x = newId;\n'],
    ["lib/db/probe.ts", 'import { env } from "@/lib/env";\nexport const x = env;\n'],
  ])("allows %s importing downwards", (filePath, source) => {
    const { refused, output } = lint(filePath, source);
    expect(refused, output).toBe(false);
  });
});
