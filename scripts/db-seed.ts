/**
 * `npm run db:seed`: migrates DATABASE_URL and fills it with demo data (scripts/seed-demo.ts): one account per role,
 * two outlets' articles, a disputed claim with evidence and comments. Refuses a database that already has people
 * on it other than the demo accounts, so it cannot be run against a newsroom's real data by mistake.
 * CLAIMTRACK_SEED_PASSWORD sets the demo accounts' password; otherwise a random one is printed once.
 */
import { createDb } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { resolveDatabase } from "@/lib/db/url";
import { DEMO_DOMAIN, seedDemo } from "./seed-demo.ts";

const target = resolveDatabase();
migrateDatabase(target);
const database = createDb(target);
try {
  const others = await database.user.count({
    where: { NOT: { email: { endsWith: `@${DEMO_DOMAIN}` } }, accounts: { some: {} } },
  });
  if (others > 0 && !process.argv.includes("--force")) {
    console.error(
      `db:seed: this database has ${others} real account(s); refusing to add demo data (--force overrides).`,
    );
    process.exitCode = 1;
  } else {
    const result = await seedDemo({ password: process.env.CLAIMTRACK_SEED_PASSWORD }, database);
    if (!result.created) console.log("db:seed: the demo data is already there; nothing added.");
    else {
      console.log(`db:seed: created ${result.emails.join(", ")}`);
      console.log(`db:seed: their password: ${result.password}`);
    }
  }
} finally {
  await database.$disconnect();
}
