import { describe, expect, it } from "vitest";
import { filteredAspectAggregates, meetsConfidence } from "@/lib/dashboard/confidence-filter";

describe("confidence filter", () => {
  it("keeps results at or above the chosen confidence", () => {
    expect(meetsConfidence("low", null)).toBe(true);
    expect(meetsConfidence("low", "medium")).toBe(false);
    expect(meetsConfidence("medium", "medium")).toBe(true);
    expect(meetsConfidence("medium", "high")).toBe(false);
    expect(meetsConfidence("high", "high")).toBe(true);
  });

  it("counts levels and takes the lower median over the kept results only", () => {
    const results = [
      { aspectId: "a", level: 1, score: 1.5, confidence: "low" as const },
      { aspectId: "a", level: 3, score: 3.25, confidence: "high" as const },
      { aspectId: "a", level: 2, score: 2.5, confidence: "medium" as const },
      { aspectId: "b", level: 4, score: 4, confidence: "low" as const },
      { aspectId: "b", level: null, score: null, confidence: "low" as const },
    ];
    const all = filteredAspectAggregates(results, null);
    expect(all.medians).toEqual({
      a: { level: 2, score: 2.5, teams: 3 },
      b: { level: 4, score: 4, teams: 1 },
    });
    const medium = filteredAspectAggregates(results, "medium");
    // Lower median of 2 and 3, and of 2.5 and 3.25: the score median is a score some team has.
    expect(medium.medians).toEqual({ a: { level: 2, score: 2.5, teams: 2 } });
    expect(medium.distribution).toEqual([
      { aspectId: "a", level: 3, count: 1 },
      { aspectId: "a", level: 2, count: 1 },
    ]);
    expect(filteredAspectAggregates(results, "high").medians).toEqual({
      a: { level: 3, score: 3.25, teams: 1 },
    });
  });
});
