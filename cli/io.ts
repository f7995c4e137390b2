/**
 * The streams a command runs against. Commands take them as an argument so the entry point owns process globals.
 */
import type { Readable, Writable } from "node:stream";

export interface CommandIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Exit codes, documented in docs/cli.md. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;
