import { describe, expect, it } from "vitest";
import {
  assessOutcome,
  paceOf,
  plannedValue,
  requirementDone,
  type TOutcomePlan,
} from "@/lib/journeys/outcome-status";
import { ZCheckInInput, ZOutcomeInput, ZRequirementInput } from "@/lib/journeys/outcome-schemas";

// 0 → 20 teams over 600 days (2026-01-01 .. 2027-08-24).
const plan: TOutcomePlan = { baseline: 0, baselineOn: "2026-01-01", target: 20, deadline: "2027-08-24" };

describe("plannedValue", () => {
  it("follows the straight line and stays flat outside the plan", () => {
    expect(plannedValue(plan, "2026-01-01")).toBe(0);
    expect(plannedValue(plan, "2026-10-28")).toBeCloseTo(10, 5); // day 300 of 600
    expect(plannedValue(plan, "2025-06-01")).toBe(0);
    expect(plannedValue(plan, "2030-01-01")).toBe(20);
  });
});

describe("paceOf", () => {
  it("is the least-squares slope per day", () => {
    expect(
      paceOf([
        { date: "2026-01-01", value: 0 },
        { date: "2026-01-11", value: 5 },
      ]),
    ).toBeCloseTo(0.5);
    expect(paceOf([{ date: "2026-01-01", value: 3 }])).toBeNull();
    expect(
      paceOf([
        { date: "2026-01-01", value: 3 },
        { date: "2026-01-01", value: 4 },
      ]),
    ).toBeNull();
  });
});

describe("assessOutcome", () => {
  it("is on track when the pace reaches the target by the deadline, with a forecast date", () => {
    const r = assessOutcome(plan, [{ date: "2026-10-28", value: 12 }], "2026-11-01");
    expect(r.status).toBe("on_track");
    expect(r.current).toBe(12);
    expect(r.progress).toBeCloseTo(0.6);
    expect(r.expected).toBeCloseTo(0.5);
    expect(r.forecastOn! <= plan.deadline).toBe(true);
  });

  it("is at risk when the forecast lands within 25% of the span after the deadline", () => {
    // 8 at day 300 → 20 at day 750: 150 days (25% of 600) late
    const r = assessOutcome(plan, [{ date: "2026-10-28", value: 8 }], "2026-11-01");
    expect(r.status).toBe("at_risk");
    expect(r.forecastOn! > plan.deadline).toBe(true);
  });

  it("is off track when the forecast is far past the deadline, or the value moves away", () => {
    expect(assessOutcome(plan, [{ date: "2026-10-28", value: 4 }], "2026-11-01").status).toBe("off_track");
    const away = assessOutcome(plan, [{ date: "2026-10-28", value: -1 }], "2026-11-01");
    expect(away).toMatchObject({ status: "off_track", forecastOn: null });
  });

  it("counts the target reached as on track and a missed deadline as off track", () => {
    expect(assessOutcome(plan, [{ date: "2026-10-28", value: 20 }], "2026-11-01")).toMatchObject({
      status: "on_track",
      reached: true,
    });
    expect(assessOutcome(plan, [{ date: "2027-08-01", value: 19 }], "2027-09-01").status).toBe("off_track");
  });

  it("without check-ins: on track at the start, at risk once 10% of the span has passed", () => {
    expect(assessOutcome(plan, [], "2026-01-20").status).toBe("on_track");
    expect(assessOutcome(plan, [], "2026-06-01")).toMatchObject({ status: "at_risk", current: 0 });
  });

  it("works for decreasing targets and ignores future check-ins", () => {
    const down: TOutcomePlan = { baseline: 100, baselineOn: "2026-01-01", target: 0, deadline: "2026-12-31" };
    const r = assessOutcome(
      down,
      [
        { date: "2026-03-01", value: 80 },
        { date: "2026-12-01", value: 0 },
      ],
      "2026-04-01",
    );
    expect(r).toMatchObject({ status: "on_track", current: 80, reached: false });
  });
});

describe("requirementDone", () => {
  it("uses the requirement's own status, or every team's for per-team requirements", () => {
    const none = new Map();
    expect(requirementDone({ status: "DONE", perTeam: false }, none, [])).toBe(true);
    expect(requirementDone({ status: "IN_PROGRESS", perTeam: false }, none, [])).toBe(false);
    const teams = new Map([
      ["a", "DONE" as const],
      ["b", "IN_PROGRESS" as const],
    ]);
    expect(requirementDone({ status: "DONE", perTeam: true }, teams, ["a", "b"])).toBe(false);
    expect(requirementDone({ status: "NOT_STARTED", perTeam: true }, teams, ["a"])).toBe(true);
    expect(requirementDone({ status: "DONE", perTeam: true }, teams, [])).toBe(false);
  });
});

describe("outcome input", () => {
  const ok = {
    name: "Teams onboarded",
    unit: "teams",
    baseline: "0",
    baselineOn: "2026-01-01",
    target: "20",
    deadline: "2027-08-31",
  };
  it("parses a form post", () => {
    expect(ZOutcomeInput.parse(ok)).toMatchObject({ kind: "METRIC", baseline: 0, target: 20 });
  });
  it("refuses dates out of order, non-finite numbers and target = baseline", () => {
    const issues = (raw: object) =>
      ZOutcomeInput.safeParse({ ...ok, ...raw }).error?.issues.map((i) => i.path.join("."));
    expect(issues({ deadline: "2025-12-31" })).toEqual(["deadline"]);
    expect(issues({ deadline: "2026-01-01" })).toEqual(["deadline"]);
    expect(issues({ target: "0" })).toEqual(["target"]);
    expect(issues({ baseline: "Infinity" })).toEqual(["baseline"]);
    expect(issues({ target: "abc" })).toEqual(["target"]);
    expect(issues({ baseline: "" })).toEqual(["baseline"]);
    expect(issues({ baselineOn: "2026-02-30" })).toEqual(["baselineOn"]);
  });
  it("parses check-ins and requirements", () => {
    expect(ZCheckInInput.safeParse({ value: "NaN", checkedOn: "2026-01-01" }).success).toBe(false);
    expect(ZCheckInInput.parse({ value: "3", checkedOn: "2026-01-01" })).toEqual({
      value: 3,
      checkedOn: "2026-01-01",
      note: "",
    });
    expect(ZRequirementInput.parse({ name: "PCI DSS", perTeam: "on", dueOn: "" })).toMatchObject({
      perTeam: true,
      dueOn: null,
      ownerId: null,
      status: "NOT_STARTED",
    });
  });
});
