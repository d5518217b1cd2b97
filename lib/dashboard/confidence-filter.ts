/**
 * The overview's "only results with confidence ≥ x" filter (pure): which (team, aspect) results meet
 * it, and the distribution and lower median level per aspect over those results only. Confidence is
 * lib/scoring/confidence.ts's rule, computed per result by lib/data/dashboard/confidence.ts.
 */
import type { TConfidenceLabel } from "@/lib/scoring/confidence";
import { countLevels, type TLevelCount } from "./distribution";
import { lowerMedianOf } from "./median";

export const CONFIDENCE_FILTERS = ["medium", "high"] as const;
export type TConfidenceFilter = (typeof CONFIDENCE_FILTERS)[number];

const RANK: Record<TConfidenceLabel, number> = { low: 0, medium: 1, high: 2 };

/** True when `label` is at least `min` (no filter: always). */
export const meetsConfidence = (label: TConfidenceLabel, min: TConfidenceFilter | null): boolean =>
  min === null || RANK[label] >= RANK[min];

export type TRatedResult = Readonly<{
  aspectId: string;
  level: number | null;
  /** The aspect's mean score (1–4), null when not assessed or unknown. */
  score?: number | null;
  confidence: TConfidenceLabel;
}>;

export type TFilteredMedian = { level: number | null; score: number | null; teams: number };

/**
 * Teams per level and the lower median level and score per aspect, counting only results that meet
 * `min` (level and score medians are taken independently, like percentile_disc in SQL).
 */
export function filteredAspectAggregates(
  results: readonly TRatedResult[],
  min: TConfidenceFilter | null,
): { distribution: TLevelCount[]; medians: Record<string, TFilteredMedian> } {
  const kept = results.filter((r) => meetsConfidence(r.confidence, min));
  const byAspect = new Map<string, TRatedResult[]>();
  for (const r of kept) byAspect.set(r.aspectId, [...(byAspect.get(r.aspectId) ?? []), r]);
  const medians: Record<string, TFilteredMedian> = {};
  for (const [aspectId, rows] of byAspect) {
    const assessed = rows.filter((r) => r.level !== null);
    medians[aspectId] = {
      level: lowerMedianOf(assessed.map((r) => r.level)),
      score: lowerMedianOf(assessed.map((r) => r.score)),
      teams: assessed.length,
    };
  }
  return { distribution: countLevels(kept), medians };
}
