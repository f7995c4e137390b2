/**
 * The server's environment, parsed once by a zod schema: a misspelt DATABASE_URL or a BETTER_AUTH_URL without a
 * scheme stops the server at start (instrumentation.ts) with a message naming the variable, instead of failing on
 * the first request that needs it. `.env.example` lists the same variables with what each one does.
 *
 * The only reader of `process.env` in lib/ (tests/unit/one-way.test.ts): the modules that use a variable ask `env()`
 * when they need it, so a test that sets one at run time (DATABASE_URL per test database) is seen.
 */
import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const httpUrl = (name: string) =>
  optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s/]+/.test(v), {
    message: `${name} must be an http(s) URL such as https://claims.example.org`,
  });

export const envSchema = z.object({
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^(file:|postgres(ql)?:\/\/)/.test(v), {
    message: "DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)",
  }),
  BETTER_AUTH_URL: httpUrl("BETTER_AUTH_URL"),
  BETTER_AUTH_SECRET: optionalText.refine((v) => v === undefined || v.length >= 32, {
    message: "BETTER_AUTH_SECRET must be at least 32 characters (or unset: one is generated into data/.auth-secret)",
  }),
  TRUSTED_PROXY: optionalText,
  CLAIMTRACK_PUBLIC_URL: httpUrl("CLAIMTRACK_PUBLIC_URL"),
  CLAIMTRACK_ADMIN_EMAIL: optionalText,
  CLAIMTRACK_ADMIN_PASSWORD: optionalText,
  CLAIMTRACK_INPROCESS_WORKER: optionalText.refine((v) => v === undefined || v === "0" || v === "1", {
    message: "CLAIMTRACK_INPROCESS_WORKER must be 0 (no ingest-job worker in the server) or 1 (one even on PostgreSQL)",
  }),
  CLAIMTRACK_JOB_LEASE_MS: optionalText.refine((v) => v === undefined || /^[1-9][0-9]*$/.test(v), {
    message: "CLAIMTRACK_JOB_LEASE_MS must be a whole number of milliseconds",
  }),
  CLAIMTRACK_JOB_BATCH: optionalText.refine((v) => v === undefined || /^[1-9][0-9]{0,2}$/.test(v), {
    message: "CLAIMTRACK_JOB_BATCH must be a whole number of items (1 to 999)",
  }),
  CLAIMTRACK_EXTRACT_THREADS: optionalText.refine((v) => v === undefined || /^[1-9][0-9]{0,2}$/.test(v), {
    message: "CLAIMTRACK_EXTRACT_THREADS must be a whole number of threads (1 or more)",
  }),
  CLAIMTRACK_EXTRACT_BUDGET_MS: optionalText.refine((v) => v === undefined || /^[1-9][0-9]*$/.test(v), {
    message: "CLAIMTRACK_EXTRACT_BUDGET_MS must be a whole number of milliseconds",
  }),
});

export type ServerEnv = z.infer<typeof envSchema>;

/** An environment variable with a value the server cannot run with; the message names the variable. */
export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/**
 * The address the app is reached at, for links written into exports (ClaimReview's urls): CLAIMTRACK_PUBLIC_URL
 * when set, else `fallback` (the request's origin, or nothing on the command line). No trailing slash.
 *
 * @example publicBaseUrl("http://127.0.0.1:3000", { CLAIMTRACK_PUBLIC_URL: "https://claims.example.org/" }) // "https://claims.example.org"
 */
export function publicBaseUrl(
  fallback: string | undefined,
  source: Record<string, string | undefined> = process.env,
): string | undefined {
  const configured = parseEnv(source).CLAIMTRACK_PUBLIC_URL;
  return (configured ?? fallback)?.replace(/\/+$/, "");
}

/**
 * The parsed environment; throws EnvError listing every bad variable.
 *
 * @example
 * parseEnv({ DATABASE_URL: "file:./data/claimtrack.db" }).DATABASE_URL // "file:./data/claimtrack.db"
 * parseEnv({ DATABASE_URL: "mysql://x" }) // throws EnvError: "DATABASE_URL must start with file: ..."
 */
export function parseEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  throw new EnvError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
}

/** The variables as lib reads them: trimmed text ("" is unset), and the numbers as numbers. */
export interface RuntimeEnv {
  DATABASE_URL?: string;
  BETTER_AUTH_URL?: string;
  BETTER_AUTH_SECRET?: string;
  TRUSTED_PROXY?: string;
  CLAIMTRACK_PUBLIC_URL?: string;
  CLAIMTRACK_ADMIN_EMAIL?: string;
  /** Not trimmed: a passphrase may end in a space. */
  CLAIMTRACK_ADMIN_PASSWORD?: string;
  CLAIMTRACK_INPROCESS_WORKER?: string;
  /** A positive number of milliseconds, else unset. */
  CLAIMTRACK_JOB_LEASE_MS?: number;
  /** A positive whole number, else unset. */
  CLAIMTRACK_JOB_BATCH?: number;
  /** A positive whole number, else unset. */
  CLAIMTRACK_EXTRACT_THREADS?: number;
  /** A positive number of milliseconds, else unset. */
  CLAIMTRACK_EXTRACT_BUDGET_MS?: number;
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function positive(value: string | undefined, whole = false): number | undefined {
  const n = Number(value);
  return value !== undefined && Number.isFinite(n) && n > 0 && (!whole || Number.isInteger(n)) ? n : undefined;
}

/**
 * The environment now, for the code that uses it. Never throws: a bad value was refused at start (parseEnv), and a
 * number that does not parse reads as unset, so the caller's default applies (as on the command line, which has no
 * start-up check).
 *
 * @example
 * env().CLAIMTRACK_EXTRACT_THREADS ?? availableParallelism()
 * env({ CLAIMTRACK_JOB_LEASE_MS: "abc" }).CLAIMTRACK_JOB_LEASE_MS // undefined
 */
export function env(source: Record<string, string | undefined> = process.env): RuntimeEnv {
  return {
    DATABASE_URL: text(source.DATABASE_URL),
    BETTER_AUTH_URL: text(source.BETTER_AUTH_URL),
    BETTER_AUTH_SECRET: text(source.BETTER_AUTH_SECRET),
    TRUSTED_PROXY: text(source.TRUSTED_PROXY),
    CLAIMTRACK_PUBLIC_URL: text(source.CLAIMTRACK_PUBLIC_URL),
    CLAIMTRACK_ADMIN_EMAIL: text(source.CLAIMTRACK_ADMIN_EMAIL),
    CLAIMTRACK_ADMIN_PASSWORD: source.CLAIMTRACK_ADMIN_PASSWORD || undefined,
    CLAIMTRACK_INPROCESS_WORKER: text(source.CLAIMTRACK_INPROCESS_WORKER),
    CLAIMTRACK_JOB_LEASE_MS: positive(source.CLAIMTRACK_JOB_LEASE_MS),
    CLAIMTRACK_JOB_BATCH: positive(source.CLAIMTRACK_JOB_BATCH, true),
    CLAIMTRACK_EXTRACT_THREADS: positive(source.CLAIMTRACK_EXTRACT_THREADS, true),
    CLAIMTRACK_EXTRACT_BUDGET_MS: positive(source.CLAIMTRACK_EXTRACT_BUDGET_MS),
  };
}

/**
 * The environment for a child process (the migrations runner): this process's, with `overrides`.
 *
 * @example
 * execFileSync(node, args, { env: childEnv({ DATABASE_URL: target.url }) });
 */
export function childEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
