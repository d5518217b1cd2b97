import { describe, expect, it } from "vitest";
import { confidenceByAspect } from "@/lib/scoring/assessment-confidence";
import { aspectConfidence } from "@/lib/scoring/confidence";

const MODEL = {
  aspects: [
    { id: "investment", questions: [{ id: "i1" }, { id: "i2" }] },
    { id: "adoption", questions: [{ id: "a1" }, { id: "a2" }] },
  ],
} as unknown as Parameters<typeof confidenceByAspect>[0];
const TODAY = "2026-11-30";
const answer = (questionId: string, over: object = {}) => ({
  questionId,
  level: 2,
  notSure: false,
  evidenceUrl: "",
  evidenceCheckedOn: null,
  ...over,
});

describe("confidenceByAspect", () => {
  it("judges each aspect on its own questions, with the organization's window", () => {
    const link = {
      evidenceUrl: "https://wiki.example.com/x",
      evidenceCheckedOn: new Date("2026-10-01T00:00:00Z"),
    };
    const result = confidenceByAspect(MODEL, [answer("i1", link), answer("i2", link), answer("a1")], {
      today: TODAY,
      windowDays: 180,
    });
    expect(result.investment).toMatchObject({ label: "high", freshEvidence: 2, reasonKey: "high" });
    expect(result.adoption).toMatchObject({ label: "low", answered: 1, reasonKey: "lowFresh" });
    // A 30-day window makes the same evidence stale.
    expect(
      confidenceByAspect(MODEL, [answer("i1", link)], { today: TODAY, windowDays: 30 }).investment,
    ).toMatchObject({ label: "low", staleEvidence: 1 });
  });

  it("uses the respondents' levels for the spread, also for questions without an agreed answer yet", () => {
    const result = confidenceByAspect(MODEL, [], {
      today: TODAY,
      windowDays: 180,
      respondentLevels: new Map([["a1", [1, 4]]]),
    });
    expect(result.adoption).toMatchObject({ label: "low", spread: 3, reasonKey: "none" });
    expect(result.investment).toMatchObject({ answered: 0, spread: null, reasonKey: "none" });
  });

  it("gives every reason a message key with its values", () => {
    const c = aspectConfidence(
      [
        { level: 2, notSure: false, evidenceUrl: "", evidenceCheckedOn: null },
        { level: null, notSure: true, evidenceUrl: "", evidenceCheckedOn: null },
        { level: null, notSure: true, evidenceUrl: "", evidenceCheckedOn: null },
      ],
      TODAY,
    );
    expect(c).toMatchObject({ label: "low", reasonKey: "notSure", reasonValues: { pct: 67 } });
  });
});
