/** Staleness of a team's latest submitted assessment. Pure: `now` is passed in. */
const DAY_MS = 24 * 3600 * 1000;

export type TStaleness = "fresh" | "stale" | "never";

/** Whole days between `date` and `now` (0 for the same instant or a future date). */
export function daysSince(date: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - date.getTime()) / DAY_MS));
}

/**
 * A team is stale when its latest submitted assessment is MORE than `maxAgeDays` whole days old
 * (exactly `maxAgeDays` is still fresh); a team never assessed is "never", counted apart from stale.
 * SQL uses the same cut-off: submitted_at < now − (maxAgeDays + 1) days is stale.
 */
export function staleness(latestSubmittedAt: Date | null, now: Date, maxAgeDays: number): TStaleness {
  if (!latestSubmittedAt) return "never";
  return daysSince(latestSubmittedAt, now) > maxAgeDays ? "stale" : "fresh";
}

/** The instant before which a latest assessment counts as stale (see `staleness`). */
export function staleCutoff(now: Date, maxAgeDays: number): Date {
  return new Date(now.getTime() - (maxAgeDays + 1) * DAY_MS);
}

export function countStaleness(
  latest: ReadonlyArray<Date | null>,
  now: Date,
  maxAgeDays: number,
): Record<TStaleness, number> {
  const counts: Record<TStaleness, number> = { fresh: 0, stale: 0, never: 0 };
  for (const date of latest) counts[staleness(date, now, maxAgeDays)] += 1;
  return counts;
}
