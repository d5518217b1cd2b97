import { describe, expect, it } from "vitest";
import { countLevels, distributionRows } from "@/lib/dashboard/distribution";
import { direction, movementByAspect, teamMove } from "@/lib/dashboard/movement";

describe("movement between quarters", () => {
  it("compares levels; missing on either side is no movement", () => {
    expect(direction(1, 2)).toBe("up");
    expect(direction(3, 2)).toBe("down");
    expect(direction(2, 2)).toBe("same");
    expect(direction(null, 2)).toBeNull();
    expect(direction(2, undefined)).toBeNull();
  });
  it("counts per aspect only teams present in both quarters", () => {
    const previous = new Map([
      ["a", { inv: 1, ops: 3 }],
      ["b", { inv: 2, ops: 2 }],
      ["gone", { inv: 1, ops: 1 }],
    ]);
    const current = new Map([
      ["a", { inv: 2, ops: 2 }],
      ["b", { inv: 2, ops: null }],
      ["new", { inv: 4, ops: 4 }],
    ]);
    expect(movementByAspect(previous, current, ["inv", "ops"])).toEqual({
      inv: { up: 1, down: 0, same: 1 },
      ops: { up: 0, down: 1, same: 0 },
    });
  });
  it("is all zeros for an empty org or a single quarter", () => {
    expect(movementByAspect(new Map(), new Map(), ["inv"])).toEqual({ inv: { up: 0, down: 0, same: 0 } });
    expect(movementByAspect(new Map(), new Map([["a", { inv: 2 }]]), ["inv"])).toEqual({
      inv: { up: 0, down: 0, same: 0 },
    });
  });
  it("summarises a team's moves", () => {
    expect(teamMove(["up", "same", null])).toBe("up");
    expect(teamMove(["down", "same"])).toBe("down");
    expect(teamMove(["down", "up"])).toBe("mixed");
    expect(teamMove(["same", "same"])).toBe("same");
    expect(teamMove([null])).toBeNull();
  });
});

describe("level distribution", () => {
  const aspects = [
    { id: "inv", name: "Investment" },
    { id: "ops", name: "Operations" },
  ];
  it("counts teams per aspect and level, not-assessed apart", () => {
    const counts = countLevels([
      { aspectId: "inv", level: 1 },
      { aspectId: "inv", level: 1 },
      { aspectId: "inv", level: 3 },
      { aspectId: "ops", level: null },
      { aspectId: "ops", level: 4 },
    ]);
    expect(distributionRows(counts, aspects, 4)).toEqual([
      { aspect: "Investment", aspectId: "inv", none: 0, total: 3, l1: 2, l2: 0, l3: 1, l4: 0 },
      { aspect: "Operations", aspectId: "ops", none: 1, total: 2, l1: 0, l2: 0, l3: 0, l4: 1 },
    ]);
  });
  it("gives zero rows in model order for an empty org", () => {
    expect(distributionRows([], aspects, 2)).toEqual([
      { aspect: "Investment", aspectId: "inv", none: 0, total: 0, l1: 0, l2: 0 },
      { aspect: "Operations", aspectId: "ops", none: 0, total: 0, l1: 0, l2: 0 },
    ]);
  });
});
