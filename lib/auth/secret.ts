/**
 * The key that signs session cookies. A fresh install must not share a known key, so without BETTER_AUTH_SECRET the
 * app creates a random one once and keeps it next to the SQLite data (mode 0600).
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * BETTER_AUTH_SECRET, else the contents of data/.auth-secret (created on first use).
 *
 * @example
 * const secret = authSecret(); // 64 hex characters on a fresh install
 */
export function authSecret(file = path.resolve("data/.auth-secret")): string {
  const fromEnv = env().BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("hex");
  // "wx": two processes starting at once must not overwrite each other's key.
  try {
    writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
    chmodSync(file, 0o600);
    return secret;
  } catch {
    return readFileSync(file, "utf8").trim();
  }
}
