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

export type TRatedResult = Readonly<{ aspectId: string; level: number | null; confidence: TConfidenceLabel }>;

/** Teams per level and the lower median level per aspect, counting only results that meet `min`. */
export function filteredAspectAggregates(
  results: readonly TRatedResult[],
  min: TConfidenceFilter | null,
): { distribution: TLevelCount[]; medians: Record<string, { level: number | null; teams: number }> } {
  const kept = results.filter((r) => meetsConfidence(r.confidence, min));
  const byAspect = new Map<string, Array<number | null>>();
  for (const r of kept) byAspect.set(r.aspectId, [...(byAspect.get(r.aspectId) ?? []), r.level]);
  const medians: Record<string, { level: number | null; teams: number }> = {};
  for (const [aspectId, levels] of byAspect) {
    const assessed = levels.filter((l): l is number => l !== null);
    medians[aspectId] = { level: lowerMedianOf(assessed), teams: assessed.length };
  }
  return { distribution: countLevels(kept), medians };
}
