import { describe, expect, it } from "vitest";
import {
  computeAspectGaps,
  describeGap,
  gapStatus,
  nextStepLevel,
  summarizeTargets,
} from "@/lib/journeys/gap";
import { buildModel } from "../../fixtures/model";

const model = buildModel({
  aspects: [
    { id: "investment", questions: ["i1"] },
    { id: "adoption", questions: ["a1"] },
    { id: "interfaces", questions: ["f1"] },
    { id: "operations", questions: ["o1"] },
    { id: "measurement", questions: ["m1"] },
  ],
});

describe("nextStepLevel", () => {
  it("is one above the current level, capped at the target", () => {
    expect(nextStepLevel(1, 3, 4)).toBe(2);
    expect(nextStepLevel(2, 3, 4)).toBe(3);
    expect(nextStepLevel(1, 2, 4)).toBe(2);
  });
  it("is null once the target is reached or passed", () => {
    expect(nextStepLevel(3, 3, 4)).toBeNull();
    expect(nextStepLevel(4, 2, 4)).toBeNull();
  });
  it("treats not assessed as level 0, so the first step is level 1", () => {
    expect(nextStepLevel(null, 3, 4)).toBe(1);
    expect(nextStepLevel(null, null, 4)).toBe(1);
  });
  it("without a target, points at the next level up to the model's top", () => {
    expect(nextStepLevel(2, null, 4)).toBe(3);
    expect(nextStepLevel(4, null, 4)).toBeNull();
  });
});

describe("gapStatus and describeGap", () => {
  it.each([
    [null, null, "no-target", "No target"],
    [2, null, "no-target", "No target"],
    [null, 3, "not-assessed", "Not assessed yet"],
    [1, 3, "below", "2 levels to go"],
    [2, 3, "below", "1 level to go"],
    [3, 3, "reached", "Target reached"],
    [4, 3, "above", "Above target"],
  ] as const)("current %s, target %s → %s", (current, target, status, text) => {
    expect(gapStatus(current, target)).toBe(status);
    expect(describeGap({ status, gap: target !== null && current !== null ? target - current : null })).toBe(
      text,
    );
  });
});

describe("computeAspectGaps", () => {
  it("returns one row per aspect in model order, with the next cell from the model", () => {
    const gaps = computeAspectGaps(
      model,
      { investment: 3, adoption: 2, operations: 1, measurement: 4 },
      { investment: 1, adoption: 2, interfaces: 2, operations: 3, measurement: null, unknown: 4 },
    );
    expect(gaps.map((g) => g.aspectId)).toEqual([
      "investment",
      "adoption",
      "interfaces",
      "operations",
      "measurement",
    ]);
    expect(gaps[0]).toMatchObject({
      current: 1,
      target: 3,
      gap: 2,
      status: "below",
      next: { level: 2, tagline: "Operational investment" },
    });
    expect(gaps[1]).toMatchObject({ current: 2, target: 2, gap: 0, status: "reached", next: null });
    expect(gaps[2]).toMatchObject({
      current: 2,
      target: null,
      gap: null,
      status: "no-target",
      next: { level: 3 },
    });
    expect(gaps[3]).toMatchObject({ current: 3, target: 1, gap: -2, status: "above", next: null });
    expect(gaps[4]).toMatchObject({
      current: null,
      target: 4,
      gap: null,
      status: "not-assessed",
      next: { level: 1, description: "Described." },
    });
  });
  it("handles an empty assessment and no targets", () => {
    const gaps = computeAspectGaps(model, {}, {});
    expect(gaps.every((g) => g.status === "no-target" && g.current === null && g.next?.level === 1)).toBe(
      true,
    );
  });
});

describe("summarizeTargets", () => {
  it("lists targets in model order with level names", () => {
    expect(summarizeTargets(model, { measurement: 2, investment: 3 })).toBe(
      "Investment → L3 Scalable · Measurement → L2 Operational",
    );
    expect(summarizeTargets(model, {})).toBe("No targets set");
  });
});
