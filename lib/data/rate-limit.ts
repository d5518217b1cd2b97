import "server-only";
import { db } from "@/lib/db";

export type TRateLimit = Readonly<{ limit: number; windowSeconds: number }>;
export type TRateLimitResult = Readonly<{ isAllowed: boolean; count: number; retryAfterSeconds: number }>;

/**
 * Counts one attempt for `key` in a fixed window and says whether it is within the limit. One atomic
 * upsert, so concurrent attempts on several app instances are all counted.
 */
export async function consumeRateLimit(
  key: string,
  { limit, windowSeconds }: TRateLimit,
): Promise<TRateLimitResult> {
  const [row] = await db.$queryRaw<Array<{ count: number; retry_after: number }>>`
    INSERT INTO rate_limit_buckets (key, window_start, count) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_buckets.window_start <= now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE rate_limit_buckets.count + 1 END,
      window_start = CASE WHEN rate_limit_buckets.window_start <= now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE rate_limit_buckets.window_start END
    RETURNING count, CEIL(EXTRACT(EPOCH FROM (window_start + make_interval(secs => ${windowSeconds}) - now())))::int AS retry_after`;
  const count = Number(row?.count ?? 1);
  return { isAllowed: count <= limit, count, retryAfterSeconds: Math.max(0, Number(row?.retry_after ?? 0)) };
}

/**
 * Read only: seconds until the first of these buckets that is at or over its limit frees up, or null
 * when none is. For failure counters: check before the expensive work, count only failures after it.
 */
export async function blockedFor(
  checks: ReadonlyArray<Readonly<{ key: string; limit: TRateLimit }>>,
): Promise<number | null> {
  if (checks.length === 0) return null;
  const keys = checks.map((c) => c.key);
  const limits = checks.map((c) => c.limit.limit);
  const windows = checks.map((c) => c.limit.windowSeconds);
  const rows = await db.$queryRaw<Array<{ retry_after: number }>>`
    SELECT CEIL(EXTRACT(EPOCH FROM (b.window_start + make_interval(secs => c.window_seconds) - now())))::int AS retry_after
    FROM unnest(${keys}::text[], ${limits}::int[], ${windows}::int[]) AS c(key, max_count, window_seconds)
    JOIN rate_limit_buckets b ON b.key = c.key
    WHERE b.count >= c.max_count AND b.window_start > now() - make_interval(secs => c.window_seconds)`;
  if (rows.length === 0) return null;
  return Math.max(1, ...rows.map((r) => Number(r.retry_after)));
}

export async function resetRateLimit(key: string) {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

/** Clears every bucket whose key starts with `prefix` and ends with `suffix` (all addresses of one account). */
export async function resetRateLimitsMatching(prefix: string, suffix: string) {
  await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: prefix, endsWith: suffix } } });
}

/** Longest window any limit uses; buckets idle for longer than this are dead weight. */
export const MAX_RATE_LIMIT_WINDOW_SECONDS = 24 * 3600;

/**
 * Deletes buckets whose window ended long ago (every limit's window is at most a day). Called now and
 * then from the write paths (see maybePruneRateLimits), so the table stays small without a cron job.
 */
export async function pruneRateLimitBuckets(
  olderThanSeconds = MAX_RATE_LIMIT_WINDOW_SECONDS,
): Promise<number> {
  return db.$executeRaw`
    DELETE FROM rate_limit_buckets WHERE window_start < now() - make_interval(secs => ${olderThanSeconds})`;
}

const PRUNE_EVERY_MS = 10 * 60 * 1000;
let lastPrune = 0;

/** Prunes at most once per 10 minutes per process; never fails the caller. */
export function maybePruneRateLimits(now = Date.now()): void {
  if (now - lastPrune < PRUNE_EVERY_MS) return;
  lastPrune = now;
  void pruneRateLimitBuckets().catch(() => undefined);
}
