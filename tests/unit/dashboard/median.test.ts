import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lowerMedian, lowerMedianOf } from "@/lib/dashboard/median";

describe("lowerMedian (= percentile_disc(0.5))", () => {
  it("is null for an empty organization", () => {
    expect(lowerMedian([])).toBeNull();
    expect(lowerMedianOf([null, undefined])).toBeNull();
  });
  it("is the only value for a single team", () => {
    expect(lowerMedian([3])).toBe(3);
  });
  it("takes the middle value of an odd count, unsorted input", () => {
    expect(lowerMedian([4, 1, 3])).toBe(3);
    expect(lowerMedian([2.5, 1.25, 3.75, 1, 4])).toBe(2.5);
  });
  it("takes the LOWER middle value of an even count (never averages)", () => {
    expect(lowerMedian([1, 2, 3, 4])).toBe(2);
    expect(lowerMedian([4, 1])).toBe(1);
    expect(lowerMedian([2.25, 2.75])).toBe(2.25);
  });
  it("handles ties", () => {
    expect(lowerMedian([2, 2, 2, 2])).toBe(2);
    expect(lowerMedian([1, 3, 3, 1])).toBe(1);
    expect(lowerMedian([3, 3, 1])).toBe(3);
  });
  it("ignores missing values", () => {
    expect(lowerMedianOf([null, 4, 2, undefined, 3])).toBe(3);
  });
  it("always returns one of the values, with at least half the values ≤ and ≥ it", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 50 }), (values) => {
        const m = lowerMedian(values)!;
        expect(values).toContain(m);
        expect(values.filter((v) => v <= m).length * 2).toBeGreaterThanOrEqual(values.length);
        expect(values.filter((v) => v >= m).length * 2).toBeGreaterThanOrEqual(values.length);
      }),
    );
  });
  it("does not mutate its input", () => {
    const input = [3, 1, 2];
    lowerMedian(input);
    expect(input).toEqual([3, 1, 2]);
  });
});
