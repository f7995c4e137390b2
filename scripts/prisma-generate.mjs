#!/usr/bin/env node
// Generates both Prisma clients (SQLite and PostgreSQL) so one build serves either database; run at postinstall.
// prisma.config.ts picks the schema folder from DATABASE_URL, so each run sets the URL it needs (nothing connects).
import { execFileSync } from "node:child_process";

const urls = ["file:./data/generate.db", "postgresql://generate@127.0.0.1:5432/generate"];
for (const url of urls) {
  execFileSync("npx", ["prisma", "generate"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
}
