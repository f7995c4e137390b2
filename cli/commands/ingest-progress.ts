/**
 * The ingest progress line on stderr: files, claims, rate and time left. On a terminal it redraws one line (at most
 * ten times a second); in a log (not a TTY) it prints a line at every tenth of the work, so CI logs stay short.
 */
import type { Writable } from "node:stream";

export interface ProgressState {
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
  claims: number;
  skipped: number;
  failed: number;
}

/**
 * "h:mm:ss" / "m:ss" for a duration in seconds.
 *
 * @example
 * clock(75) // "1:15"
 */
export function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--:--";
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/**
 * The progress line for a state after `elapsed` seconds. Time left is estimated from bytes, not files: articles
 * differ in length by two orders of magnitude.
 *
 * @example
 * progressLine({ files: 2, totalFiles: 4, bytes: 50, totalBytes: 100, claims: 30, skipped: 0, failed: 0 }, 10, 20)
 * // "[##########··········]  2/4 files · 30 claims · 0.2 files/s · 3 claims/s · 0:10 left"
 */
export function progressLine(state: ProgressState, elapsed: number, width = 20): string {
  const done = state.totalBytes === 0 ? 1 : state.bytes / state.totalBytes;
  const filled = Math.round(done * width);
  const bar = `[${"#".repeat(filled)}${"·".repeat(width - filled)}]`;
  const rate = elapsed > 0 ? state.files / elapsed : 0;
  const claimRate = elapsed > 0 ? state.claims / elapsed : 0;
  const left = done > 0 ? (elapsed * (1 - done)) / done : Number.POSITIVE_INFINITY;
  const extra = [state.skipped ? `${state.skipped} skipped` : "", state.failed ? `${state.failed} failed` : ""].filter(
    Boolean,
  );
  return [
    `${bar}  ${state.files}/${state.totalFiles} files`,
    `${state.claims} claims`,
    `${rate.toFixed(1)} files/s`,
    `${Math.round(claimRate)} claims/s`,
    `${clock(left)} left`,
    ...extra,
  ].join(" · ");
}

/** Draws progress on a stream, redrawing in place on a terminal. */
export class ProgressBar {
  private lastDraw = 0;
  private lastTenth = -1;
  private lastPrintedFiles = -1;
  private readonly tty: boolean;
  private readonly started = performance.now();

  constructor(private readonly out: Writable) {
    this.tty = Boolean((out as Writable & { isTTY?: boolean }).isTTY);
  }

  elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }

  update(state: ProgressState, force = false): void {
    const now = performance.now();
    if (this.tty) {
      if (!force && now - this.lastDraw < 100) return;
      this.lastDraw = now;
      this.out.write(`\r\x1b[2K${progressLine(state, this.elapsed())}`);
      return;
    }
    const tenth = state.totalFiles === 0 ? 10 : Math.floor((state.files / state.totalFiles) * 10);
    if (tenth > this.lastTenth || (force && state.files !== this.lastPrintedFiles)) {
      this.lastTenth = tenth;
      this.lastPrintedFiles = state.files;
      this.out.write(`${progressLine(state, this.elapsed())}\n`);
    }
  }

  /** Prints a message above the bar (a bad file) without garbling it. */
  note(message: string): void {
    this.out.write(this.tty ? `\r\x1b[2K${message}\n` : `${message}\n`);
  }

  done(): void {
    if (this.tty) this.out.write("\n");
  }
}
