/**
 * A demo database for trying claimtrack (`npm run db:seed`): one account per role, the reference article and a
 * second outlet's report of the same events (so in-document and cross-document flags both show), a disputed
 * status, evidence, and a comment thread. Everything goes through the same mutations the app uses, so every change
 * is in the audit log under the demo user who made it. Run again, it adds nothing.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { SessionUser } from "@/lib/auth/require";
import type { Role } from "@/lib/auth/roles";
import { createUserWithPassword } from "@/lib/auth/users";
import { updateClaimStatus } from "@/lib/claims/mutations";
import { addComment } from "@/lib/comments/mutations";
import { type Db, db } from "@/lib/db/client";
import { ingestDocument } from "@/lib/documents/mutations";
import { addEvidence } from "@/lib/evidence/mutations";

const root = path.resolve(import.meta.dirname, "..");

export const DEMO_DOMAIN = "demo.claimtrack.test";
const ROLES: Role[] = ["admin", "editor", "reviewer", "researcher"];

const DOCUMENTS = [
  {
    file: "tests/fixtures/iran-militias.txt",
    title: "Iran deploys foreign militias against the uprising (reference article)",
    outlet: "Reference outlet",
  },
  {
    file: "tests/fixtures/seed/second-outlet.txt",
    title: "Foreign fighters reinforce Iran's crackdown as the protest toll climbs",
    outlet: "Demo Wire",
  },
];

export interface SeedResult {
  created: boolean;
  /** The demo accounts' shared password, only when this run created them. */
  password?: string;
  emails: string[];
}

/** A passphrase nobody ships: four random words' worth of base64url, generated per seed. */
function demoPassword(): string {
  return `demo-${randomBytes(12).toString("base64url")}`;
}

/**
 * Seeds the demo data once. `password` fixes the demo accounts' password (default: a random one, returned).
 *
 * @example
 * const { password, emails } = await seedDemo();
 */
export async function seedDemo(options: { password?: string } = {}, database: Db = db()): Promise<SeedResult> {
  const emails = ROLES.map((role) => `${role}@${DEMO_DOMAIN}`);
  if (await database.user.count({ where: { email: { in: emails } } })) return { created: false, emails };
  const password = options.password ?? demoPassword();
  const users = {} as Record<Role, SessionUser>;
  for (const role of ROLES) {
    const email = `${role}@${DEMO_DOMAIN}`;
    const name = `Demo ${role[0].toUpperCase()}${role.slice(1)}`;
    const id = await createUserWithPassword({ email, name, password, role }, null, undefined, database);
    users[role] = { id, email, name, role };
  }

  const documentIds: string[] = [];
  for (const doc of DOCUMENTS) {
    const text = readFileSync(path.join(root, doc.file), "utf8");
    const result = await ingestDocument(
      {
        text,
        title: doc.title,
        outlet: doc.outlet,
        createdById: users.editor.id,
      },
      database,
    );
    documentIds.push(result.documentId);
  }

  // The editor disputes the reference article's "approximately 850 fighters" and links the other outlet's figure.
  const fighters = await database.claim.findFirst({
    where: { documentId: documentIds[0], text: { contains: "approximately 850 fighters" } },
    select: { id: true, version: true },
  });
  const toll = await database.claim.findFirst({
    where: { documentId: documentIds[1], text: { contains: "at least 45 people" } },
    select: { id: true },
  });
  if (fighters) {
    await updateClaimStatus(
      {
        claimId: fighters.id,
        status: "disputed",
        version: fighters.version,
        actorId: users.editor.id,
      },
      database,
    );
    await addEvidence(
      users.editor,
      {
        claimId: fighters.id,
        url: "https://example.org/monitor-report",
        stance: "contradicts",
        note: "The monitor's own count is lower; see table 2.",
      },
      database,
    );
    const thread = await addComment(
      users.reviewer,
      {
        claimId: fighters.id,
        body: "Two outlets give 850 and 900: do we know who counted first?",
      },
      database,
    );
    if (thread.ok) {
      await addComment(
        users.editor,
        {
          parentId: thread.id,
          body: "Asking the network for their method; keeping it disputed until then.",
        },
        database,
      );
    }
  }
  if (toll) {
    await addComment(
      users.reviewer,
      {
        claimId: toll.id,
        body: "This toll is higher than the reference article's 38: a later count?",
      },
      database,
    );
  }
  return { created: true, password, emails };
}
