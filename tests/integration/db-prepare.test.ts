import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseLegs, type TestDatabase } from "./support/test-db";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

async function dbPrepare(url: string): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/db-prepare.ts"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
    },
  );
  return stdout;
}

describe.each(databaseLegs())("npm run db:prepare on %s", (leg) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(leg, true); // db:prepare runs migrate deploy, which needs the CLI's history table
    await t.client.$disconnect();
  }, 300_000);
  afterAll(async () => t?.drop());

  it("loads the reference article into an empty database, once", async () => {
    expect(await dbPrepare(t.url)).toMatch(/loaded the reference article \(\d+ claims/);
    expect(await dbPrepare(t.url)).not.toMatch(/loaded/);
    const docs = await t.client.document.findMany({ select: { title: true, claimCount: true, flagCount: true } });
    expect(docs).toHaveLength(1);
    expect(docs[0].title).toMatch(/reference article/);
    expect(docs[0].flagCount).toBeGreaterThan(0);
  }, 600_000); // two full db:prepare runs (Prisma CLI + extraction); minutes on a machine shared with other jobs
});
