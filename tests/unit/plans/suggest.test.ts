import { describe, expect, it } from "vitest";
import { loadModelFiles } from "@/lib/model/load";
import type { TMaturityModel } from "@/lib/model/schema";
import { clip, planLevel, suggestSteps } from "@/lib/plans/suggest";

const cell = (level: number, characteristics: string[], suggestedSteps: string[] = []) => ({
  level,
  tagline: `Tag ${level}`,
  description: "d",
  characteristics,
  examples: [],
  suggestedSteps,
});
const aspect = (id: string, cells: ReturnType<typeof cell>[]) => ({
  id,
  name: id.toUpperCase(),
  question: "q",
  summary: "s",
  cells,
  questions: [],
});
const model = {
  aspects: [
    aspect("alpha", [
      cell(1, ["a1"]),
      cell(2, ["a2-c0", "a2-c1"], ["a2-s0"]),
      cell(3, ["a3-c0"], ["a3-s0", "a3-s1"]),
      cell(4, ["a4"]),
    ]),
    aspect("beta", [cell(1, ["b1-c0"], ["b1-s0"]), cell(2, ["b2-c0"]), cell(3, ["b3"]), cell(4, ["b4"])]),
    aspect("empty", []),
  ],
} as unknown as Pick<TMaturityModel, "aspects">;

describe("planLevel", () => {
  it("is current + 1 up to the target, null at or above it or without a target", () => {
    expect(planLevel(1, 3)).toBe(2);
    expect(planLevel(2, 3)).toBe(3);
    expect(planLevel(null, 2)).toBe(1);
    expect(planLevel(3, 3)).toBeNull();
    expect(planLevel(4, 3)).toBeNull();
    expect(planLevel(1, null)).toBeNull();
  });
});

describe("suggestSteps", () => {
  it("suggests the next level's suggested steps, then its characteristics, aspects in model order", () => {
    const keys = suggestSteps(model, { alpha: 1, beta: null }, { alpha: 3, beta: 2 }).map((s) => s.key);
    expect(keys).toEqual(["alpha:L2:s0", "alpha:L2:c0", "alpha:L2:c1", "beta:L1:s0", "beta:L1:c0"]);
  });

  it("carries the text, aspect, level and the characteristic advanced", () => {
    const [step, characteristic] = suggestSteps(model, { alpha: 1 }, { alpha: 2 });
    expect(step).toMatchObject({
      kind: "step",
      aspectId: "alpha",
      aspectName: "ALPHA",
      level: 2,
      title: "a2-s0",
      characteristic: "Tag 2",
    });
    expect(characteristic).toMatchObject({ kind: "characteristic", title: "a2-c0", characteristic: "a2-c0" });
  });

  it("suggests nothing at or above the target, or without a target", () => {
    expect(suggestSteps(model, { alpha: 3, beta: 4 }, { alpha: 3, beta: 2 })).toEqual([]);
    expect(suggestSteps(model, { alpha: 1 }, {})).toEqual([]);
  });

  it("only suggests for the next level, never beyond it", () => {
    const levels = new Set(suggestSteps(model, { alpha: 1 }, { alpha: 4 }).map((s) => s.level));
    expect([...levels]).toEqual([2]);
  });

  it("skips keys already in the plan", () => {
    const keys = suggestSteps(model, { alpha: 1 }, { alpha: 3 }, new Set(["alpha:L2:s0", "alpha:L2:c1"])).map(
      (s) => s.key,
    );
    expect(keys).toEqual(["alpha:L2:c0"]);
  });

  it("handles aspects with no cells (imported models): nothing to suggest", () => {
    expect(suggestSteps(model, { empty: 1 }, { empty: 4 })).toEqual([]);
  });

  it("is deterministic: the same input gives the same order", () => {
    const a = suggestSteps(model, { alpha: 2, beta: null }, { beta: 3, alpha: 4 });
    const b = suggestSteps(model, { beta: null, alpha: 2 }, { alpha: 4, beta: 3 });
    expect(a).toEqual(b);
    expect(a.map((s) => s.key)).toEqual([
      "alpha:L3:s0",
      "alpha:L3:s1",
      "alpha:L3:c0",
      "beta:L1:s0",
      "beta:L1:c0",
    ]);
  });

  it("works on the real CNCF model: every suggestion has a unique key and a title of at most 200 characters", () => {
    const cncf = loadModelFiles().find((f) => f.model.id === "cncf-platform-engineering")!.model;
    const targets = Object.fromEntries(cncf.aspects.map((a) => [a.id, 4]));
    const all = [1, 2, 3].flatMap((level) =>
      suggestSteps(cncf, Object.fromEntries(cncf.aspects.map((a) => [a.id, level])), targets),
    );
    expect(all.length).toBeGreaterThan(20);
    expect(new Set(all.map((s) => s.key)).size).toBe(all.length);
    expect(all.every((s) => s.title.length > 0 && s.title.length <= 200)).toBe(true);
  });
});

describe("clip", () => {
  it("keeps short text and shortens long text on a word boundary", () => {
    expect(clip("  short  text ")).toBe("short text");
    const long = "word ".repeat(60);
    const out = clip(long, 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out.endsWith("…")).toBe(true);
  });
});
