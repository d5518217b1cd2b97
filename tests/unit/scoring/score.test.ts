import { describe, expect, it } from "vitest";
import { englishExplanations, renderMessages } from "@/i18n/render";
import { levelForMean, scoreAssessment, type TAnswerInput, type TAspectScore } from "@/lib/scoring/score";
import { buildModel } from "../../fixtures/model";

const answer = (questionId: string, level: number | null, notSure = false): TAnswerInput => ({
  questionId,
  level,
  notSure,
});
/** The explanation as English sentences (the descriptors rendered through the English catalogue). */
const text = (aspect: TAspectScore | undefined) =>
  renderMessages(englishExplanations, aspect?.explanation ?? []);
const notSure = (questionId: string): TAnswerInput => answer(questionId, null, true);

const investment = buildModel({
  id: "cncf-platform-engineering",
  aspects: [
    {
      id: "investment",
      questions: ["investment-1", "investment-2", "investment-3", "investment-4", "investment-5"],
    },
    { id: "adoption", questions: ["adoption-1", "adoption-2", "adoption-3"] },
  ],
});

/** One aspect "solo" with `count` questions s-1..s-count. */
const soloModel = (levels: number | readonly string[], count: number) =>
  buildModel({
    levels,
    aspects: [{ id: "solo", questions: Array.from({ length: count }, (_, i) => `s-${i + 1}`) }],
  });
const soloAnswers = (levels: readonly number[]) => levels.map((level, i) => answer(`s-${i + 1}`, level));
const soloScore = (model: ReturnType<typeof soloModel>, answers: readonly TAnswerInput[]) => {
  const [aspect] = scoreAssessment(model, answers).aspects;
  if (!aspect) throw new Error("expected one aspect");
  return aspect;
};

describe("levelForMean", () => {
  it.each([
    [10, 4, 2], // 2.5 → lower level
    [11, 4, 3], // 2.75
    [7, 2, 3], // 3.5 → lower level
    [15, 4, 4], // 3.75
    [1, 1, 1],
    [4, 1, 4],
    [5, 2, 2], // 2.5
    [8, 3, 3], // 2.67
    [7, 3, 2], // 2.33
  ])("sum %i over %i answers → level %i (4 levels)", (sum, count, expected) => {
    expect(levelForMean(sum, count, 4)).toBe(expected);
  });

  it("clamps to [1, maxLevel]", () => {
    expect(levelForMean(0, 1, 4)).toBe(1);
    expect(levelForMean(20, 1, 4)).toBe(4);
    expect(levelForMean(9, 2, 3)).toBe(3); // 4.5 in a 3-level model
  });
});

describe("scoreAssessment — the documented example", () => {
  // answers 2, 3, 3, 2 and one not sure, deliberately sent out of model order
  const result = scoreAssessment(investment, [
    answer("investment-3", 3),
    notSure("investment-5"),
    answer("investment-1", 2),
    answer("investment-4", 2),
    answer("investment-2", 3),
  ]);
  const [aspect] = result.aspects;

  it("scores the mean of answered levels and rounds a halfway mean down", () => {
    expect(aspect).toMatchObject({
      aspectId: "investment",
      aspectName: "Investment",
      score: 2.5,
      level: 2,
      levelName: "Operational",
      answered: 4,
      notSure: 1,
      unanswered: 0,
      total: 5,
      isLowConfidence: false,
      nextLevel: { level: 3, name: "Scalable", meanNeeded: 2.5 },
    });
  });

  it("explains the score in plain sentences, listing answers in model order", () => {
    expect(text(aspect)).toEqual([
      "Mean of 4 answered questions: (2 + 3 + 3 + 2) / 4 = 2.50.",
      "2.50 is nearest to Operational (level 2); a mean exactly halfway between two levels counts as the lower level.",
      "1 question marked not sure is left out of the mean.",
      "To reach Scalable (level 3) the mean must be above 2.50.",
    ]);
  });

  it("reports one outcome per question in model order with the chosen option", () => {
    expect(aspect?.outcomes.map((o) => [o.questionId, o.status, o.level, o.optionLabel])).toEqual([
      ["investment-1", "answered", 2, "investment-1 at level 2"],
      ["investment-2", "answered", 3, "investment-2 at level 3"],
      ["investment-3", "answered", 3, "investment-3 at level 3"],
      ["investment-4", "answered", 2, "investment-4 at level 2"],
      ["investment-5", "not-sure", null, null],
    ]);
    expect(aspect?.outcomes[0]?.prompt).toBe("Question investment-1?");
  });

  it("leaves an aspect without answers unassessed and counts totals without an overall level", () => {
    expect(result.aspects[1]).toMatchObject({
      aspectId: "adoption",
      score: null,
      level: null,
      levelName: null,
      answered: 0,
      unanswered: 3,
      total: 3,
      nextLevel: null,
    });
    expect(result).toEqual({ aspects: expect.any(Array), answered: 4, total: 8 });
  });
});

describe("scoreAssessment — partial and unassessed aspects", () => {
  it("flags low confidence when fewer than half the questions are answered", () => {
    const aspect = soloScore(soloModel(4, 5), soloAnswers([1, 2]));
    expect(aspect).toMatchObject({
      score: 1.5,
      level: 1,
      levelName: "Provisional",
      answered: 2,
      unanswered: 3,
      isLowConfidence: true,
      nextLevel: { level: 2, name: "Operational", meanNeeded: 1.5 },
    });
    expect(text(aspect)).toEqual([
      "Mean of 2 answered questions: (1 + 2) / 2 = 1.50.",
      "1.50 is nearest to Provisional (level 1); a mean exactly halfway between two levels counts as the lower level.",
      "3 questions without an answer are left out of the mean.",
      "Only 2 of 5 questions answered, so treat this level as a rough indication.",
      "To reach Operational (level 2) the mean must be above 1.50.",
    ]);
  });

  it("is not low confidence at exactly half answered", () => {
    expect(soloScore(soloModel(4, 4), soloAnswers([3, 3])).isLowConfidence).toBe(false);
    expect(soloScore(soloModel(4, 3), soloAnswers([3])).isLowConfidence).toBe(true);
  });

  it("rounds a non-halfway mean to the nearest level and the score to 2 decimals", () => {
    const aspect = soloScore(soloModel(4, 3), soloAnswers([3, 3, 2]));
    expect(aspect).toMatchObject({
      score: 2.67,
      level: 3,
      levelName: "Scalable",
      nextLevel: { level: 4, meanNeeded: 3.5 },
    });
    expect(text(aspect)).toContain("2.67 is nearest to Scalable (level 3).");
    expect(text(aspect)).toContain("To reach Optimizing (level 4) the mean must be above 3.50.");
    expect(soloScore(soloModel(4, 3), soloAnswers([1, 1, 2])).score).toBe(1.33);
    expect(soloScore(soloModel(4, 3), soloAnswers([1, 2, 2])).score).toBe(1.67);
  });

  it("uses singular wording for a single answer and a single gap", () => {
    const aspect = soloScore(soloModel(4, 2), soloAnswers([3]));
    expect(text(aspect).slice(0, 3)).toEqual([
      "Mean of 1 answered question: 3 / 1 = 3.00.",
      "3.00 is nearest to Scalable (level 3).",
      "1 question without an answer is left out of the mean.",
    ]);
  });

  it("scores an all-not-sure aspect as not assessed, never 0 or level 1", () => {
    const aspect = soloScore(soloModel(4, 3), ["s-1", "s-2", "s-3"].map(notSure));
    expect(aspect).toMatchObject({
      score: null,
      level: null,
      levelName: null,
      answered: 0,
      notSure: 3,
      unanswered: 0,
      isLowConfidence: false,
      nextLevel: null,
    });
    expect(text(aspect)).toEqual([
      "Not assessed: no question in this aspect has an answer yet (3 questions marked not sure).",
    ]);
  });

  it("explains an aspect without any answer", () => {
    expect(text(soloScore(soloModel(4, 2), []))).toEqual([
      "Not assessed: no question in this aspect has an answer yet.",
    ]);
  });

  it("says which side of a halfway point a mean is when rounding makes it print as x.50", () => {
    const model = soloModel(4, 201);
    const above = soloScore(
      model,
      soloAnswers([...Array<number>(101).fill(3), ...Array<number>(100).fill(2)]),
    ); // 503/201
    expect(above).toMatchObject({ score: 2.5, level: 3 });
    expect(text(above)[1]).toBe("A mean just above 2.50 is nearest to Scalable (level 3).");
    const below = soloScore(
      model,
      soloAnswers([...Array<number>(100).fill(3), ...Array<number>(101).fill(2)]),
    ); // 502/201
    expect(below).toMatchObject({ score: 2.5, level: 2 });
    expect(text(below)[1]).toBe("A mean just below 2.50 is nearest to Operational (level 2).");
  });
});

describe("scoreAssessment — odd input is ignored, never thrown on", () => {
  const model = soloModel(4, 3);

  it("ignores answers to unknown questions", () => {
    const aspect = soloScore(model, [answer("nope", 4), answer("s-1", 2), notSure("also-nope")]);
    expect(aspect).toMatchObject({ score: 2, answered: 1, notSure: 0, unanswered: 2 });
  });

  it("treats a level that is not an option of the question as unanswered", () => {
    const aspect = soloScore(model, [answer("s-1", 7), answer("s-2", 0), answer("s-3", 2.5)]);
    expect(aspect).toMatchObject({ score: null, level: null, answered: 0, unanswered: 3 });
    const gappy = buildModel({
      aspects: [{ id: "gappy", questions: [{ id: "g-1", optionLevels: [1, 3] }] }],
    });
    expect(scoreAssessment(gappy, [answer("g-1", 2)]).aspects[0]?.answered).toBe(0);
    expect(scoreAssessment(gappy, [answer("g-1", 3)]).aspects[0]?.level).toBe(3);
  });

  it("counts notSure=true as not sure whatever the level says", () => {
    expect(soloScore(model, [answer("s-1", 4, true)])).toMatchObject({
      answered: 0,
      notSure: 1,
      score: null,
    });
  });

  it("treats level null without notSure as unanswered (a cleared answer)", () => {
    expect(soloScore(model, [answer("s-1", null)])).toMatchObject({ answered: 0, notSure: 0, unanswered: 3 });
  });

  it("lets the last of several answers to the same question win", () => {
    expect(soloScore(model, [answer("s-1", 1), answer("s-1", 4)])).toMatchObject({ score: 4, answered: 1 });
    expect(soloScore(model, [answer("s-1", 4), notSure("s-1")])).toMatchObject({ answered: 0, notSure: 1 });
    expect(soloScore(model, [notSure("s-1"), answer("s-1", 2)])).toMatchObject({ score: 2, notSure: 0 });
  });

  it("checks the winning (last) answer, so an invalid last answer leaves the question unanswered", () => {
    expect(soloScore(model, [answer("s-1", 3), answer("s-1", 9)])).toMatchObject({
      answered: 0,
      unanswered: 3,
    });
  });
});

describe("scoreAssessment — models with other level counts", () => {
  it("scores a 3-level model and stops at its top level", () => {
    const model = soloModel(["Basic", "Standard", "Advanced"], 3);
    const top = soloScore(model, soloAnswers([3, 3, 2]));
    expect(top).toMatchObject({ score: 2.67, level: 3, levelName: "Advanced", nextLevel: null });
    expect(text(top)).toContain("Advanced (level 3) is the top level of this model.");
    expect(text(top).join(" ")).not.toMatch(/To reach/);
    expect(soloScore(model, soloAnswers([2, 1]))).toMatchObject({
      score: 1.5,
      level: 1,
      levelName: "Basic",
      nextLevel: { level: 2, name: "Standard", meanNeeded: 1.5 },
    });
  });

  it("scores a 5-level model", () => {
    const model = soloModel(5, 3);
    const halfway = soloScore(model, soloAnswers([5, 4]));
    expect(halfway).toMatchObject({
      score: 4.5,
      level: 4,
      levelName: "Managed",
      nextLevel: { level: 5, name: "Optimised", meanNeeded: 4.5 },
    });
    expect(text(halfway)).toContain("To reach Optimised (level 5) the mean must be above 4.50.");
    expect(soloScore(model, soloAnswers([5, 5, 4]))).toMatchObject({
      score: 4.67,
      level: 5,
      nextLevel: null,
    });
    expect(soloScore(model, soloAnswers([1, 2, 4]))).toMatchObject({
      score: 2.33,
      level: 2,
      levelName: "Repeatable",
    });
  });
});
