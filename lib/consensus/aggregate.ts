/**
 * How a group answered one question: the distribution of levels, the median, the spread, and whether
 * the disagreement is wide enough to be worth discussing. Used for collaborative assessments (several
 * private respondents) and live workshops (votes revealed per question). Pure: no I/O.
 *
 * Rules (the same everywhere, so a workshop and an async assessment read alike):
 * - "Not sure" votes are counted but take no part in median or spread.
 * - Median = LOWER median of the chosen levels (lib/dashboard/median.ts): always a level somebody chose,
 *   and a split group is never rounded up — the same "halves go down" rule as scoring.
 * - Spread = highest level − lowest level chosen.
 * - Disagreement (a discussion topic) when the spread is 2 levels or more, or when, with at least three
 *   levels chosen, no single level has a majority (more than half of the chosen levels).
 */
import { lowerMedian } from "@/lib/dashboard/median";
import { message, type TMessage } from "@/lib/i18n/message";

export type TVote = { level: number | null; notSure?: boolean };

export type TDisagreementReason = "wide-spread" | "no-majority";

export type TVoteSummary = {
  /** One entry per model level, in level order, including levels nobody chose (count 0). */
  distribution: { level: number; count: number }[];
  /** Votes that chose a level. */
  answered: number;
  notSure: number;
  total: number;
  median: number | null;
  /** Most chosen level; ties go to the lower level. */
  mode: number | null;
  spread: number | null;
  disagreement: boolean;
  reasons: TDisagreementReason[];
};

/** Summarise the votes on one question. `levels` = the model's levels (e.g. [1, 2, 3, 4]). */
export function summariseVotes(votes: readonly TVote[], levels: readonly number[]): TVoteSummary {
  const chosen = votes.filter((v) => !v.notSure && v.level !== null).map((v) => v.level as number);
  const counts = new Map<number, number>(levels.map((l) => [l, 0]));
  for (const level of chosen) counts.set(level, (counts.get(level) ?? 0) + 1);
  const distribution = [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([level, count]) => ({ level, count }));

  const spread = chosen.length === 0 ? null : Math.max(...chosen) - Math.min(...chosen);
  const mode = modeOf(distribution);
  const reasons = disagreementReasons(chosen.length, spread, mode === null ? 0 : (counts.get(mode) ?? 0));
  return {
    distribution,
    answered: chosen.length,
    notSure: votes.length - chosen.length,
    total: votes.length,
    median: lowerMedian(chosen),
    mode,
    spread,
    disagreement: reasons.length > 0,
    reasons,
  };
}

function modeOf(distribution: readonly { level: number; count: number }[]): number | null {
  let best: { level: number; count: number } | null = null;
  for (const entry of distribution) {
    if (entry.count > 0 && (best === null || entry.count > best.count)) best = entry;
  }
  return best?.level ?? null;
}

function disagreementReasons(
  answered: number,
  spread: number | null,
  modeCount: number,
): TDisagreementReason[] {
  const reasons: TDisagreementReason[] = [];
  if (spread !== null && spread >= 2) reasons.push("wide-spread");
  if (answered >= 3 && modeCount * 2 <= answered) reasons.push("no-majority");
  return reasons;
}

/**
 * A one-line explanation of a summary (a phrase without a final full stop), e.g. for a discussion
 * topic list: a message descriptor of the "explanations" catalogue, rendered by the page.
 */
export function describeDisagreement(
  summary: TVoteSummary,
  levelName: (level: number) => string,
): TMessage | null {
  if (!summary.disagreement || summary.spread === null) return null;
  const chosen = summary.distribution.filter((d) => d.count > 0);
  const low = chosen[0];
  const high = chosen[chosen.length - 1];
  const wide = summary.reasons.includes("wide-spread") && low && high;
  const noMajority = summary.reasons.includes("no-majority");
  const range = wide ? { low: levelName(low.level), high: levelName(high.level) } : null;
  if (range && noMajority) return message("disagreement.both", range);
  if (range) return message("disagreement.wideSpread", range);
  return noMajority ? message("disagreement.noMajority") : null;
}

/** Rank questions for discussion: disagreements first, widest spread first, then model order. */
export function discussionOrder<T extends { summary: TVoteSummary }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const da = a.item.summary.disagreement ? 1 : 0;
      const dbb = b.item.summary.disagreement ? 1 : 0;
      if (da !== dbb) return dbb - da;
      const sa = a.item.summary.spread ?? -1;
      const sb = b.item.summary.spread ?? -1;
      if (sa !== sb) return sb - sa;
      return a.index - b.index;
    })
    .map(({ item }) => item);
}
