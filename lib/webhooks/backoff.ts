/** Retry schedule (pure): exponential backoff with jitter, capped; and when to give up. */

export const WEBHOOK_MAX_ATTEMPTS = 8;
export const WEBHOOK_BACKOFF_BASE_MS = 30_000;
export const WEBHOOK_BACKOFF_CAP_MS = 6 * 60 * 60 * 1000;
/** Consecutive failed attempts (any delivery) after which an endpoint is disabled. */
export const WEBHOOK_DISABLE_AFTER = 15;

/**
 * Delay before attempt `attempt + 1` after `attempt` failed attempts (attempt ≥ 1): base·2^(attempt-1),
 * capped, then "equal jitter" (half fixed, half random) so retries of many deliveries spread out.
 */
export function retryDelayMs(
  attempt: number,
  random: number = Math.random(),
  baseMs = WEBHOOK_BACKOFF_BASE_MS,
  capMs = WEBHOOK_BACKOFF_CAP_MS,
): number {
  const exp = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + (exp / 2) * Math.min(1, Math.max(0, random)));
}
