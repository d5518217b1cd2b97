/**
 * The dashboards' one median definition: the LOWER median. Sort the values; with an odd count take the
 * middle one, with an even count the lower of the two middle ones (index ⌊(n − 1) / 2⌋). This is exactly
 * PostgreSQL's `percentile_disc(0.5) WITHIN GROUP (ORDER BY x)`, which lib/data/dashboard/ uses, so
 * SQL and this function agree. Why lower and not the mean of the two middle values: the median is then
 * always a level (or score) some team really has, and a split organization is never rounded up.
 */
export function lowerMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

/** Lower median that ignores missing values (aspects not assessed, teams without a target). */
export function lowerMedianOf(values: ReadonlyArray<number | null | undefined>): number | null {
  return lowerMedian(values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)));
}
