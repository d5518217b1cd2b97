/** Level distributions per aspect, shaped for the stacked bar chart. Pure. */
export type TLevelCount = Readonly<{ aspectId: string; level: number | null; count: number }>;
/** One bar: aspect name plus a count per level key ("l1".."lN") and "none" (not assessed). */
export type TDistributionRow = { aspect: string; aspectId: string; none: number; total: number } & Record<
  string,
  number | string
>;

/** Counts teams per (aspect, level) from per-team levels; the reference for the grouped SQL query. */
export function countLevels(rows: ReadonlyArray<{ aspectId: string; level: number | null }>): TLevelCount[] {
  const counts = new Map<string, TLevelCount>();
  for (const { aspectId, level } of rows) {
    const key = `${aspectId}:${level ?? "none"}`;
    const prev = counts.get(key);
    counts.set(key, { aspectId, level, count: (prev?.count ?? 0) + 1 });
  }
  return [...counts.values()];
}

/** Pivots grouped counts into one row per aspect (in model order) with a column per level. */
export function distributionRows(
  counts: readonly TLevelCount[],
  aspects: ReadonlyArray<{ id: string; name: string }>,
  maxLevel: number,
): TDistributionRow[] {
  return aspects.map((aspect) => {
    const row: TDistributionRow = { aspect: aspect.name, aspectId: aspect.id, none: 0, total: 0 };
    for (let level = 1; level <= maxLevel; level += 1) row[`l${level}`] = 0;
    for (const c of counts) {
      if (c.aspectId !== aspect.id) continue;
      const key = c.level === null ? "none" : `l${c.level}`;
      row[key] = Number(row[key] ?? 0) + c.count;
      row.total += c.count;
    }
    return row;
  });
}
