/** The per-account sign-in back-off schedule (lib/auth/account-limit.ts uses it; the store computes it in SQL). */

/**
 * Per-account back-off (issue 14, finding 6): the first `free` attempts since the last success go through at once;
 * after that each attempt must wait twice as long as the one before (1 s, 2 s, 4 s ... capped at `maxSeconds`).
 * A guesser gets a handful of tries an hour; the account's owner, who types the right password once the wait is
 * over, is never locked out for a fixed quarter of an hour by someone else's guesses.
 */
export const ACCOUNT_BACKOFF = { free: 5, maxSeconds: 15 * 60 } as const;

/**
 * Seconds an account must wait after `attempts` attempts without a success (0 while under the free attempts).
 *
 * @example
 * backoffSeconds(5) // 1
 * backoffSeconds(8) // 8
 * backoffSeconds(40) // 900
 */
export function backoffSeconds(attempts: number): number {
  if (attempts < ACCOUNT_BACKOFF.free) return 0;
  return Math.min(ACCOUNT_BACKOFF.maxSeconds, 2 ** (attempts - ACCOUNT_BACKOFF.free));
}
