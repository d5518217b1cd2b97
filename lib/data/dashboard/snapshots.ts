/**
 * Cached dashboard aggregates. Executives open the same dashboards at the same moment (after a review
 * mail, in a meeting), and the aggregates (medians, distributions, trends, freshness counts) change only
 * when someone submits, renames or regroups a team, or edits a journey. PostgreSQL triggers bump
 * `dashboard_versions.version` in the same transaction as each of those changes (migration
 * 20261130002637_dashboard_snapshots); a snapshot is served only while its version is the current one.
 *
 * - Shared by every app instance (the cache is a table), consistent at commit: a change is visible on
 *   the next page load, never a stale read after it.
 * - The version is read BEFORE computing, so a change committed while computing leaves the snapshot one
 *   version behind and the next load recomputes; a write never replaces a newer snapshot.
 * - Concurrent misses in one process share one computation (single flight).
 * - `fingerprint` holds parameters that are not part of the data version (e.g. the freshness cut-offs,
 *   rounded to the minute): a snapshot with another fingerprint is recomputed and overwritten, so each
 *   (org, key) has one row.
 */
import "server-only";
import { db } from "@/lib/db";

type TStored<T> = { f: string; v: T };
type TRow = { current: bigint | null; version: bigint | null; payload: unknown };

const inFlight = new Map<string, Promise<unknown>>();

/** Hit/miss counters for tests and benchmarks (process-local). */
export const snapshotStats = { hits: 0, misses: 0 };

export async function withSnapshot<T>(
  orgId: string,
  key: string,
  fingerprint: string,
  compute: () => Promise<T>,
  revive: (stored: T) => T = (v) => v,
): Promise<T> {
  const [row] = await db.$queryRaw<TRow[]>`
    SELECT v.version AS current, s.version, s.payload
    FROM (SELECT ${orgId}::text AS id) o
    LEFT JOIN dashboard_versions v ON v.organization_id = o.id
    LEFT JOIN dashboard_snapshots s ON s.organization_id = o.id AND s.key = ${key}`;
  const current = row?.current ?? 0n;
  const stored = row?.payload as TStored<T> | null | undefined;
  if (row?.version !== null && row?.version === current && stored && stored.f === fingerprint) {
    snapshotStats.hits += 1;
    return revive(stored.v);
  }
  snapshotStats.misses += 1;
  const flightKey = `${orgId}\u0000${key}\u0000${fingerprint}\u0000${current}`;
  const pending = inFlight.get(flightKey) as Promise<T> | undefined;
  if (pending) return pending;
  const run = (async () => {
    const value = await compute();
    const payload = JSON.stringify({ f: fingerprint, v: value } satisfies TStored<T>);
    await db.$executeRaw`
      INSERT INTO dashboard_snapshots (organization_id, key, version, payload, computed_at)
      SELECT o.id, ${key}, ${current}, ${payload}::jsonb, now() FROM organizations o WHERE o.id = ${orgId}
      ON CONFLICT (organization_id, key) DO UPDATE
        SET version = EXCLUDED.version, payload = EXCLUDED.payload, computed_at = EXCLUDED.computed_at
        WHERE dashboard_snapshots.version <= EXCLUDED.version`;
    return value;
  })();
  inFlight.set(flightKey, run);
  try {
    return await run;
  } finally {
    inFlight.delete(flightKey);
  }
}
