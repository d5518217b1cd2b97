import { describe, expect, it } from "vitest";
import {
  buildOrgTimeline,
  buildTimeline,
  describeSeries,
  latestLevels,
  levelAxis,
  median,
} from "@/lib/journeys/timeline";
import { buildModel } from "../../fixtures/model";

const model = buildModel({
  aspects: [
    { id: "investment", questions: ["i1"] },
    { id: "adoption", questions: ["a1"] },
  ],
});
const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const scores = (inv: [number | null, number | null], adop?: [number, number]) => [
  { aspectId: "investment", score: inv[0], level: inv[1] },
  ...(adop ? [{ aspectId: "adoption", score: adop[0], level: adop[1] }] : []),
];

describe("buildTimeline", () => {
  it("sorts milestones by date and builds one series per aspect with null gaps", () => {
    const timeline = buildTimeline(
      model,
      [
        { id: "b", title: "Follow-up", submittedAt: at(20), scores: scores([2.5, 2], [3, 3]) },
        { id: "a", title: "Baseline", submittedAt: at(1).toISOString(), scores: scores([1, 1]) },
      ],
      { investment: 3 },
    );
    expect(timeline.milestones.map((m) => m.id)).toEqual(["a", "b"]);
    expect(timeline.milestones[0]!.date).toBe("2026-01-01T00:00:00.000Z");
    expect(timeline.series).toHaveLength(2);
    expect(timeline.series[0]).toMatchObject({
      aspectId: "investment",
      target: 3,
      points: [
        { score: 1, level: 1 },
        { score: 2.5, level: 2 },
      ],
    });
    expect(timeline.series[1]).toMatchObject({
      aspectId: "adoption",
      target: null,
      points: [
        { score: null, level: null },
        { score: 3, level: 3 },
      ],
    });
    expect(latestLevels(timeline)).toEqual({ investment: 2, adoption: 3 });
  });
  it("keeps a stable order for assessments submitted at the same moment", () => {
    const t = buildTimeline(
      model,
      [
        { id: "z", title: "Z", submittedAt: at(5), scores: [] },
        { id: "y", title: "Y", submittedAt: at(5), scores: [] },
      ],
      {},
    );
    expect(t.milestones.map((m) => m.id)).toEqual(["y", "z"]);
  });
  it("gives no levels without assessments", () => {
    const t = buildTimeline(model, [], { investment: 2 });
    expect(t.milestones).toEqual([]);
    expect(latestLevels(t)).toEqual({ investment: null, adoption: null });
  });
});

describe("median", () => {
  it("averages the middle pair, or takes the lower one for levels", () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([1, 2, 3, 4], { lower: true })).toBe(2);
  });
});

describe("buildOrgTimeline", () => {
  it("plots the median of each team's latest assessment after every milestone", () => {
    const t = buildOrgTimeline(
      model,
      [
        {
          id: "a1",
          teamId: "A",
          teamName: "Team A",
          title: "A baseline",
          submittedAt: at(1),
          scores: scores([1, 1], [2, 2]),
        },
        {
          id: "b1",
          teamId: "B",
          teamName: "Team B",
          title: "B baseline",
          submittedAt: at(2),
          scores: scores([3, 3], [2, 2]),
        },
        {
          id: "c1",
          teamId: "C",
          teamName: "Team C",
          title: "C baseline",
          submittedAt: at(3),
          scores: scores([null, null], [4, 4]),
        },
        {
          id: "a2",
          teamId: "A",
          teamName: "Team A",
          title: "A follow-up",
          submittedAt: at(4),
          scores: scores([4, 4], [1, 1]),
        },
      ],
      { investment: 3 },
    );
    expect(t.milestones.map((m) => m.teamName)).toEqual(["Team A", "Team B", "Team C", "Team A"]);
    const inv = t.series[0]!.points.map((p) => [p.score, p.level]);
    // C has no investment level: it does not count. After a2, A's latest replaces its baseline.
    expect(inv).toEqual([
      [1, 1],
      [2, 1],
      [2, 1],
      [3.5, 3],
    ]);
    const adoption = t.series[1]!.points.map((p) => p.level);
    expect(adoption).toEqual([2, 2, 2, 2]);
    expect(latestLevels(t)).toEqual({ investment: 3, adoption: 2 });
  });
});

describe("chart helpers", () => {
  it("uses the model's whole scale with one tick per level", () => {
    expect(levelAxis(4)).toEqual({ domain: [1, 4], ticks: [1, 2, 3, 4] });
  });
  it("describes a series as text", () => {
    const t = buildTimeline(model, [{ id: "a", title: "A", submittedAt: at(1), scores: scores([2.25, 2]) }], {
      investment: 3,
    });
    expect(describeSeries(t.series[0]!, (iso) => iso.slice(0, 10))).toBe(
      "Investment over 1 assessment: 2026-01-01 2.25; target level 3.",
    );
    expect(describeSeries(t.series[1]!, (iso) => iso.slice(0, 10))).toBe(
      "Adoption over 1 assessment: 2026-01-01 not assessed; no target.",
    );
  });
});
