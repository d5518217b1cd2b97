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

export async function resetRateLimit(key: string) {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
