import { describe, expect, it } from "vitest";
import { buildBurnup, describeBurnup } from "@/lib/plans/burnup";
import {
  carryCandidates,
  currentIteration,
  describeMovement,
  filterSteps,
  isOverdue,
  levelMovement,
  progressOf,
} from "@/lib/plans/review";
import { filtersQuery, parseStepFilters, ZStepFields } from "@/lib/plans/schemas";
import type { TPlanStep } from "@/lib/plans/types";

const step = (over: Partial<TPlanStep>): TPlanStep => ({
  id: "s",
  title: "t",
  aspectId: "a",
  level: 2,
  characteristic: "",
  suggestionKey: null,
  notes: "",
  ownerId: null,
  ownerName: null,
  ownerEmail: null,
  dueOn: null,
  status: "TODO",
  position: 1,
  iterationId: null,
  completedAt: null,
  carriedFromId: null,
  outcomeId: null,
  outcomeName: null,
  version: 1,
  updatedAt: "",
  ...over,
});
const TODAY = "2026-05-04";

describe("overdue, filters and progress", () => {
  const steps = [
    step({ id: "1", position: 3, ownerId: "u1", dueOn: "2026-05-01", status: "DOING", aspectId: "a" }),
    step({ id: "2", position: 1, ownerId: "u2", dueOn: "2026-05-01", status: "DONE", aspectId: "b" }),
    step({ id: "3", position: 2, dueOn: TODAY, aspectId: "a" }),
    step({ id: "4", position: 4, status: "DROPPED", dueOn: "2020-01-01", aspectId: "c" }),
  ];
  it("counts only open steps due before today as overdue", () => {
    expect(steps.map((s) => isOverdue(s, TODAY))).toEqual([true, false, false, false]);
  });
  it("filters by owner (incl. unassigned), aspect, status and overdue, in priority order", () => {
    const none = { owner: null, aspect: null, status: null, overdue: false, iteration: null } as const;
    expect(filterSteps(steps, none, TODAY).map((s) => s.id)).toEqual(["2", "3", "1", "4"]);
    expect(filterSteps(steps, { ...none, owner: "u1" }, TODAY).map((s) => s.id)).toEqual(["1"]);
    expect(filterSteps(steps, { ...none, owner: "none" }, TODAY).map((s) => s.id)).toEqual(["3", "4"]);
    expect(filterSteps(steps, { ...none, aspect: "a" }, TODAY).map((s) => s.id)).toEqual(["3", "1"]);
    expect(filterSteps(steps, { ...none, status: "DONE" }, TODAY).map((s) => s.id)).toEqual(["2"]);
    expect(filterSteps(steps, { ...none, overdue: true }, TODAY).map((s) => s.id)).toEqual(["1"]);
  });
  it("progress leaves dropped steps out of the total", () => {
    expect(progressOf(steps, TODAY)).toEqual({ done: 1, total: 3, overdue: 1 });
  });
  it("parses URL filters leniently and writes them back", () => {
    const f = parseStepFilters({ owner: "u1", status: "BOGUS", overdue: "1", aspect: ["a", "b"] });
    expect(f).toEqual({ owner: "u1", aspect: "a", status: null, overdue: true, iteration: null });
    expect(filtersQuery(f)).toBe("?owner=u1&aspect=a&overdue=1");
  });
});

describe("step input", () => {
  it("refuses an empty title, accepts a past due date, and maps empty selects to null", () => {
    expect(ZStepFields.safeParse({ title: "  ", aspectId: "a", level: "2" }).success).toBe(false);
    const ok = ZStepFields.parse({
      title: " Do it ",
      aspectId: "a",
      level: "2",
      ownerId: "",
      dueOn: "2001-01-01",
      iterationId: "",
    });
    expect(ok).toMatchObject({
      title: "Do it",
      level: 2,
      ownerId: null,
      dueOn: "2001-01-01",
      iterationId: null,
      status: "TODO",
    });
    expect(ZStepFields.safeParse({ title: "x", aspectId: "a", level: 2, dueOn: "2026-02-30" }).success).toBe(
      false,
    );
  });
});

describe("iterations", () => {
  const its = [
    { id: "q1", status: "CLOSED" as const, startsOn: "2026-01-01" },
    { id: "q2", status: "OPEN" as const, startsOn: "2026-04-01" },
    { id: "q3", status: "OPEN" as const, startsOn: "2026-07-01" },
  ];
  it("the current iteration is the latest started open one, else the next to start", () => {
    expect(currentIteration(its, TODAY)?.id).toBe("q2");
    expect(currentIteration(its, "2026-03-01")?.id).toBe("q2");
    expect(currentIteration(its.slice(0, 1), TODAY)).toBeNull();
  });
  it("carries unfinished steps once", () => {
    const steps = [
      step({ id: "x", iterationId: "q1", status: "DOING" }),
      step({ id: "y", iterationId: "q1", status: "DONE" }),
      step({ id: "z", iterationId: "q1" }),
      step({ id: "z2", iterationId: "q2", carriedFromId: "z" }),
    ];
    expect(carryCandidates(steps, "q1").map((s) => s.id)).toEqual(["x"]);
  });
  it("burn-up: cumulative done vs. total, carried copies are not new scope, dropped are out", () => {
    const steps = [
      step({ iterationId: "q1", status: "DONE" }),
      step({ id: "o", iterationId: "q1" }),
      step({ iterationId: "q1", status: "DROPPED" }),
      step({ iterationId: "q2", status: "DONE", carriedFromId: "o" }),
      step({ iterationId: "q2" }),
      step({ iterationId: null }),
    ];
    const points = buildBurnup(
      [
        { id: "q2", name: "Q2", startsOn: "2026-04-01" },
        { id: "q1", name: "Q1", startsOn: "2026-01-01" },
      ],
      steps,
    );
    expect(points.map((p) => [p.name, p.planned, p.done, p.totalToDate, p.doneToDate])).toEqual([
      ["Q1", 2, 1, 2, 1],
      ["Q2", 2, 1, 3, 2],
    ]);
    expect(describeBurnup(points)).toContain("Q2: 2 of 3 done");
  });
  it("movement per aspect between two assessments", () => {
    const m = levelMovement(
      [
        { id: "a", name: "A" },
        { id: "b", name: "B" },
        { id: "c", name: "C" },
        { id: "d", name: "D" },
      ],
      { a: 1, b: 3, d: 2 },
      { a: 2, b: 1, c: 2, d: 2 },
    );
    expect(m.map(describeMovement)).toEqual(["up 1 level", "down 2 levels", "newly assessed", "no change"]);
  });
});

describe("nextIterationDefaults", () => {
  it("follows the latest iteration with the same length, or starts today for 13 weeks", async () => {
    const { nextIterationDefaults } = await import("@/lib/plans/review");
    expect(nextIterationDefaults([{ startsOn: "2026-01-01", endsOn: "2026-03-31" }], TODAY)).toEqual({
      name: "Iteration 2",
      startsOn: "2026-04-01",
      endsOn: "2026-06-29",
    });
    expect(nextIterationDefaults([], TODAY)).toEqual({
      name: "Iteration 1",
      startsOn: TODAY,
      endsOn: "2026-08-02",
    });
  });
});
