import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { englishExplanations, renderMessage } from "@/i18n/render";
import { describeDisagreement, discussionOrder, summariseVotes, type TVote } from "@/lib/consensus/aggregate";

const LEVELS = [1, 2, 3, 4];
const v = (level: number | null, notSure = false): TVote => ({ level, notSure });
const name = (l: number) => ["Provisional", "Operational", "Scalable", "Optimizing"][l - 1] ?? `L${l}`;

describe("summariseVotes", () => {
  it("counts every level including empty ones, in level order", () => {
    const s = summariseVotes([v(3), v(1), v(3)], LEVELS);
    expect(s.distribution).toEqual([
      { level: 1, count: 1 },
      { level: 2, count: 0 },
      { level: 3, count: 2 },
      { level: 4, count: 0 },
    ]);
    expect(s).toMatchObject({ answered: 3, notSure: 0, total: 3, median: 3, mode: 3, spread: 2 });
  });

  it("takes the lower median for an even split", () => {
    expect(summariseVotes([v(2), v(3)], LEVELS).median).toBe(2);
    expect(summariseVotes([v(1), v(2), v(3), v(4)], LEVELS).median).toBe(2);
  });

  it("keeps not-sure votes out of median and spread but counts them", () => {
    const s = summariseVotes([v(null, true), v(4), v(null, true)], LEVELS);
    expect(s).toMatchObject({ answered: 1, notSure: 2, total: 3, median: 4, spread: 0, disagreement: false });
  });

  it("has no median, mode or spread without chosen levels", () => {
    const s = summariseVotes([v(null, true)], LEVELS);
    expect(s).toMatchObject({ median: null, mode: null, spread: null, disagreement: false, reasons: [] });
    expect(summariseVotes([], LEVELS).total).toBe(0);
  });

  it("flags a spread of two levels or more", () => {
    expect(summariseVotes([v(1), v(3)], LEVELS).reasons).toEqual(["wide-spread"]);
    expect(summariseVotes([v(2), v(3)], LEVELS).disagreement).toBe(false);
  });

  it("flags no majority among three or more, but not a clear majority", () => {
    expect(summariseVotes([v(2), v(2), v(3), v(3)], LEVELS).reasons).toEqual(["no-majority"]);
    expect(summariseVotes([v(2), v(2), v(3)], LEVELS).disagreement).toBe(false);
    expect(summariseVotes([v(1), v(2), v(3)], LEVELS).reasons).toEqual(["wide-spread", "no-majority"]);
  });

  it("breaks mode ties towards the lower level", () => {
    expect(summariseVotes([v(3), v(2)], LEVELS).mode).toBe(2);
  });

  it("agrees with itself whatever the vote order (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(null))), (levels) => {
        const votes = levels.map((l) => (l === null ? v(null, true) : v(l)));
        const a = summariseVotes(votes, LEVELS);
        const b = summariseVotes([...votes].reverse(), LEVELS);
        expect(b).toEqual(a);
        expect(a.distribution.reduce((n, d) => n + d.count, 0)).toBe(a.answered);
        if (a.median !== null) expect(levels).toContain(a.median);
      }),
    );
  });
});

describe("describeDisagreement and discussionOrder", () => {
  it("explains in words", () => {
    const english = (m: ReturnType<typeof describeDisagreement>) =>
      m && renderMessage(englishExplanations, m);
    expect(english(describeDisagreement(summariseVotes([v(1), v(1), v(4)], LEVELS), name))).toBe(
      "answers range from Provisional to Optimizing",
    );
    expect(english(describeDisagreement(summariseVotes([v(1), v(1), v(2), v(3), v(4)], LEVELS), name))).toBe(
      "answers range from Provisional to Optimizing; no level has a majority",
    );
    expect(english(describeDisagreement(summariseVotes([v(1), v(2), v(2), v(3), v(3)], LEVELS), name))).toBe(
      "answers range from Provisional to Scalable; no level has a majority",
    );
    expect(english(describeDisagreement(summariseVotes([v(1), v(2), v(3)], LEVELS), name))).toBe(
      "answers range from Provisional to Scalable; no level has a majority",
    );
    expect(english(describeDisagreement(summariseVotes([v(2), v(3), v(2), v(3)], LEVELS), name))).toBe(
      "no level has a majority",
    );
    expect(describeDisagreement(summariseVotes([v(2), v(3)], LEVELS), name)).toBeNull();
  });

  it("puts disagreements first, widest first, then keeps model order", () => {
    const items = [
      { id: "a", summary: summariseVotes([v(2), v(2)], LEVELS) },
      { id: "b", summary: summariseVotes([v(1), v(3)], LEVELS) },
      { id: "c", summary: summariseVotes([v(1), v(4)], LEVELS) },
      { id: "d", summary: summariseVotes([v(3), v(3)], LEVELS) },
    ];
    expect(discussionOrder(items).map((i) => i.id)).toEqual(["c", "b", "a", "d"]);
  });
});
