import { describe, expect, it } from "vitest";
import {
  agreedAspectLevels,
  aspectLevelVotes,
  buildConsensusReport,
  differsFromMedian,
  medianAnswers,
  votesByQuestion,
  type TResponseRow,
} from "@/lib/consensus/collective";
import { summariseVotes } from "@/lib/consensus/aggregate";
import type { TMaturityModel } from "@/lib/model/schema";

const q = (id: string) => ({
  id,
  prompt: `Prompt ${id}`,
  options: [1, 2, 3].map((level) => ({ level, label: `L${level}` })),
});
const cells = [1, 2, 3].map((level) => ({
  level,
  tagline: "t",
  description: "d",
  characteristics: ["c"],
  examples: [],
  suggestedSteps: [],
}));
const MODEL: TMaturityModel = {
  id: "tiny",
  version: 1,
  title: "Tiny",
  summary: "s",
  levels: [1, 2, 3].map((level) => ({
    level,
    id: `l${level}`,
    name: ["Starting", "Practising", "Leading"][level - 1]!,
  })),
  aspects: [
    { id: "delivery", name: "Delivery", question: "?", summary: "s", cells, questions: [q("d1"), q("d2")] },
    { id: "feedback", name: "Feedback", question: "?", summary: "s", cells, questions: [q("f1")] },
  ],
};

const r = (userId: string, questionId: string, level: number | null, notSure = false): TResponseRow => ({
  userId,
  questionId,
  level,
  notSure,
});

describe("votesByQuestion", () => {
  it("groups votes per question and ignores cleared answers", () => {
    const votes = votesByQuestion([
      r("a", "d1", 1),
      r("b", "d1", 3),
      r("c", "d1", null, true),
      r("d", "d1", null),
    ]);
    expect(votes.get("d1")).toEqual([
      { level: 1, notSure: false },
      { level: 3, notSure: false },
      { level: null, notSure: true },
    ]);
    expect(votes.has("d2")).toBe(false);
  });
});

describe("aspectLevelVotes", () => {
  it("gives one vote per respondent: their own aspect level from the scoring rule", () => {
    // a: d1=1, d2=2 → mean 1.5 → Starting (halves go down); b: d1=3, d2=3 → Leading
    const votes = aspectLevelVotes(MODEL, [
      r("a", "d1", 1),
      r("a", "d2", 2),
      r("b", "d1", 3),
      r("b", "d2", 3),
    ]);
    expect(votes.get("delivery")).toEqual([{ level: 1 }, { level: 3 }]);
    // neither answered feedback: each counts as not sure (not assessed), never as level 1
    expect(votes.get("feedback")).toEqual([
      { level: null, notSure: true },
      { level: null, notSure: true },
    ]);
  });

  it("does not let an aspect with many questions outweigh people", () => {
    const votes = aspectLevelVotes(MODEL, [r("a", "d1", 3), r("a", "d2", 3), r("b", "d1", 1)]);
    const summary = summariseVotes(votes.get("delivery")!, [1, 2, 3]);
    expect(summary.distribution).toEqual([
      { level: 1, count: 1 },
      { level: 2, count: 0 },
      { level: 3, count: 1 },
    ]);
    expect(summary).toMatchObject({ median: 1, spread: 2, disagreement: true });
  });
});

describe("medianAnswers", () => {
  it("prefills the lower median, not sure when all votes are not sure, nothing for unanswered questions", () => {
    const rows = [
      r("a", "d1", 1),
      r("b", "d1", 2),
      r("c", "d1", 3),
      r("a", "d2", 2),
      r("b", "d2", 3),
      r("a", "f1", null, true),
    ];
    expect(medianAnswers(MODEL, rows)).toEqual([
      { questionId: "d1", level: 2, notSure: false },
      { questionId: "d2", level: 2, notSure: false },
      { questionId: "f1", level: null, notSure: true },
    ]);
    expect(medianAnswers(MODEL, [])).toEqual([]);
  });
});

describe("differsFromMedian", () => {
  const summary = summariseVotes([{ level: 2 }, { level: 3 }], [1, 2, 3]);
  it("compares the agreed answer with the median", () => {
    expect(differsFromMedian(summary, { level: 2, notSure: false })).toBe(false);
    expect(differsFromMedian(summary, { level: 3, notSure: false })).toBe(true);
    expect(differsFromMedian(summary, { level: null, notSure: true })).toBe(true);
    expect(differsFromMedian(summary, null)).toBe(false);
  });
  it("treats a level where everyone was not sure as a difference", () => {
    const unsure = summariseVotes([{ level: null, notSure: true }], [1, 2, 3]);
    expect(differsFromMedian(unsure, { level: null, notSure: true })).toBe(false);
    expect(differsFromMedian(unsure, { level: 1, notSure: false })).toBe(true);
  });
});

describe("buildConsensusReport", () => {
  const rows = [
    r("a", "d1", 1),
    r("b", "d1", 3),
    r("a", "d2", 2),
    r("b", "d2", 2),
    r("a", "f1", 1),
    r("b", "f1", 2),
  ];
  const report = buildConsensusReport(MODEL, rows, [
    { questionId: "d1", level: 2, notSure: false, notes: "We ship by script most weeks" },
    { questionId: "d2", level: 2, notSure: false, notes: "" },
  ]);

  it("summarises every question and aspect in model order", () => {
    expect(report.respondents).toBe(2);
    expect(report.aspects.map((a) => a.aspectId)).toEqual(["delivery", "feedback"]);
    const [d1, d2] = report.aspects[0]!.questions;
    expect(d1).toMatchObject({ questionId: "d1", prompt: "Prompt d1", differsFromMedian: true });
    expect(d1!.summary).toMatchObject({ median: 1, spread: 2, disagreement: true });
    expect(d1!.consensus?.notes).toBe("We ship by script most weeks");
    expect(d2).toMatchObject({ differsFromMedian: false });
    expect(report.aspects[1]!.questions[0]!.consensus).toBeNull();
  });

  it("aggregates respondents' aspect levels per aspect", () => {
    // a: (1+2)/2 = 1.5 → 1; b: (3+2)/2 = 2.5 → 2
    expect(report.aspects[0]!.summary.distribution).toEqual([
      { level: 1, count: 1 },
      { level: 2, count: 1 },
      { level: 3, count: 0 },
    ]);
  });

  it("lists only disagreements as discussion topics, widest spread first", () => {
    expect(report.topics.map((t) => t.questionId)).toEqual(["d1"]);
  });

  it("is empty but complete without responses", () => {
    const empty = buildConsensusReport(MODEL, [], []);
    expect(empty.respondents).toBe(0);
    expect(empty.topics).toEqual([]);
    expect(empty.aspects[0]!.questions[0]!.summary).toMatchObject({ answered: 0, median: null });
  });
});

describe("agreedAspectLevels", () => {
  it("scores the agreed answers with the normal rule, not the respondents' answers", () => {
    const rows = [r("a", "d1", 1), r("b", "d1", 1), r("a", "d2", 1), r("b", "d2", 1)];
    const report = buildConsensusReport(MODEL, rows, [
      { questionId: "d1", level: 3, notSure: false, notes: "agreed higher" },
      { questionId: "d2", level: 2, notSure: false, notes: "" },
    ]);
    // (3 + 2) / 2 = 2.5 → Practising (halves go down); feedback has no agreed answer → not assessed
    expect(agreedAspectLevels(MODEL, report)).toEqual({ delivery: 2, feedback: null });
  });
});
