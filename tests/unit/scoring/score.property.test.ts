import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TMaturityModel } from "@/lib/model/schema";
import { levelForMean, scoreAssessment, type TAnswerInput, type TAspectScore } from "@/lib/scoring/score";
import { arbModel } from "../../fixtures/model";

type TScenario = Readonly<{ model: TMaturityModel; answers: TAnswerInput[] }>;

const questionIds = (model: TMaturityModel) => model.aspects.flatMap((a) => a.questions.map((q) => q.id));
const maxLevelOf = (model: TMaturityModel) => model.levels.length;

/** A model plus at most one answer per question: a level, not sure, cleared (level null), or none. */
const arbScenario: fc.Arbitrary<TScenario> = arbModel().chain((model) => {
  const ids = questionIds(model);
  const choice = fc.oneof(
    fc.integer({ min: 1, max: maxLevelOf(model) }),
    fc.constantFrom("not-sure" as const, "cleared" as const, "skip" as const),
  );
  return fc.array(choice, { minLength: ids.length, maxLength: ids.length }).map((choices) => ({
    model,
    answers: choices.flatMap((c, i): TAnswerInput[] => {
      const questionId = ids[i] ?? "";
      if (c === "skip") return [];
      if (c === "not-sure") return [{ questionId, level: null, notSure: true }];
      return [{ questionId, level: c === "cleared" ? null : c, notSure: false }];
    }),
  }));
});

/** A scenario with at least one answered question, and the index (into `answers`) of one of them. */
const arbPicked = fc
  .tuple(arbScenario, fc.nat())
  .map(([scenario, n]) => {
    const answered = scenario.answers.flatMap((a, i) => (a.level !== null && !a.notSure ? [i] : []));
    return { ...scenario, index: answered[n % Math.max(1, answered.length)] };
  })
  .filter((s): s is TScenario & { index: number } => s.index !== undefined);

const aspectOf = (model: TMaturityModel, questionId: string) =>
  model.aspects.findIndex((a) => a.questions.some((q) => q.id === questionId));

const withoutAspect = (aspects: readonly TAspectScore[], index: number) =>
  aspects.filter((_, i) => i !== index);

function expectWellFormed(aspect: TAspectScore, maxLevel: number) {
  expect(aspect.answered + aspect.notSure + aspect.unanswered).toBe(aspect.total);
  expect(aspect.outcomes).toHaveLength(aspect.total);
  expect(aspect.explanation.length).toBeGreaterThan(0);
  if (aspect.score === null) {
    expect(aspect).toMatchObject({
      answered: 0,
      level: null,
      levelName: null,
      nextLevel: null,
      isLowConfidence: false,
    });
    return;
  }
  expect(aspect.score).toBeGreaterThanOrEqual(1);
  expect(aspect.score).toBeLessThanOrEqual(maxLevel);
  expect(Number.isInteger(Math.round(aspect.score * 100))).toBe(true);
  expect(Math.abs(aspect.score * 100 - Math.round(aspect.score * 100))).toBeLessThan(1e-9);
  const levels = aspect.outcomes.flatMap((o) => (o.level === null ? [] : [o.level]));
  const sum = levels.reduce((s, l) => s + l, 0);
  expect(aspect.level).toBe(levelForMean(sum, levels.length, maxLevel));
  expect(aspect.isLowConfidence).toBe(aspect.answered * 2 < aspect.total);
  expect(aspect.nextLevel?.level ?? null).toBe(aspect.level === maxLevel ? null : (aspect.level ?? 0) + 1);
}

describe("levelForMean (property)", () => {
  it("picks the nearest level and the lower one on a tie", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 1, max: 60 }),
        fc.nat(),
        (maxLevel, count, n) => {
          const sum = count + (n % (count * (maxLevel - 1) + 1)); // mean within [1, maxLevel]
          const distance = (level: number) => Math.abs(2 * sum - 2 * level * count); // 2·count·|mean − level|
          const best = Array.from({ length: maxLevel }, (_, i) => i + 1).reduce((a, b) =>
            distance(b) < distance(a) ? b : a,
          );
          expect(levelForMean(sum, count, maxLevel)).toBe(best);
        },
      ),
    );
  });
});

describe("scoreAssessment (properties)", () => {
  it("scores every aspect level 1 when every answer is the lowest option", () => {
    fc.assert(
      fc.property(arbModel(), (model) => {
        const result = scoreAssessment(
          model,
          questionIds(model).map((questionId) => ({ questionId, level: 1, notSure: false })),
        );
        for (const aspect of result.aspects) expect(aspect).toMatchObject({ score: 1, level: 1 });
      }),
    );
  });

  it("scores every aspect at the top level when every answer is the highest option", () => {
    fc.assert(
      fc.property(arbModel(), (model) => {
        const max = maxLevelOf(model);
        const result = scoreAssessment(
          model,
          questionIds(model).map((questionId) => ({ questionId, level: max, notSure: false })),
        );
        for (const aspect of result.aspects)
          expect(aspect).toMatchObject({ score: max, level: max, nextLevel: null });
      }),
    );
  });

  it("always returns well-formed aspect scores within [1, max] with 2 decimals", () => {
    fc.assert(
      fc.property(arbScenario, ({ model, answers }) => {
        const result = scoreAssessment(model, answers);
        expect(result.aspects).toHaveLength(model.aspects.length);
        for (const aspect of result.aspects) expectWellFormed(aspect, maxLevelOf(model));
        expect(result.answered).toBe(result.aspects.reduce((n, a) => n + a.answered, 0));
        expect(result.total).toBe(questionIds(model).length);
      }),
    );
  });

  it("never lowers an aspect's level when one answer is raised, and leaves other aspects alone", () => {
    fc.assert(
      fc.property(arbPicked, fc.nat(), ({ model, answers, index }, n) => {
        const picked = answers[index];
        const max = maxLevelOf(model);
        fc.pre(picked !== undefined && picked.level !== null && picked.level < max);
        const oldLevel = picked?.level ?? 0;
        const raised = answers.with(index, { ...picked!, level: oldLevel + 1 + (n % (max - oldLevel)) });
        const a = aspectOf(model, picked!.questionId);
        const [before, after] = [scoreAssessment(model, answers), scoreAssessment(model, raised)];
        expect(after.aspects[a]?.level ?? 0).toBeGreaterThanOrEqual(before.aspects[a]?.level ?? 0);
        expect(after.aspects[a]?.score ?? 0).toBeGreaterThan(before.aspects[a]?.score ?? 0);
        expect(withoutAspect(after.aspects, a)).toEqual(withoutAspect(before.aspects, a));
      }),
    );
  });

  it("stays in range when an answered question becomes not sure or is removed", () => {
    fc.assert(
      fc.property(arbPicked, ({ model, answers, index }) => {
        const picked = answers[index]!;
        const a = aspectOf(model, picked.questionId);
        const before = scoreAssessment(model, answers).aspects[a]!;
        const variants = [
          answers.with(index, { ...picked, level: null, notSure: true }),
          answers.toSpliced(index, 1),
        ];
        for (const variant of variants) {
          const after = scoreAssessment(model, variant).aspects[a]!;
          expectWellFormed(after, maxLevelOf(model));
          expect(after.answered).toBe(before.answered - 1);
        }
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(arbScenario, ({ model, answers }) => {
        expect(scoreAssessment(model, answers)).toEqual(scoreAssessment(model, [...answers]));
      }),
    );
  });

  it("does not depend on the order of the answers (one answer per question)", () => {
    const arbShuffled = arbScenario.chain((s) =>
      fc
        .shuffledSubarray(s.answers, { minLength: s.answers.length, maxLength: s.answers.length })
        .map((shuffled) => ({ ...s, shuffled })),
    );
    fc.assert(
      fc.property(arbShuffled, ({ model, answers, shuffled }) => {
        expect(scoreAssessment(model, shuffled)).toEqual(scoreAssessment(model, answers));
      }),
    );
  });

  it("ignores answers to unknown questions and earlier duplicates of an answer", () => {
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: -3, max: 12 }), ({ model, answers }, level) => {
        const noise: TAnswerInput[] = [
          { questionId: "not-in-model", level, notSure: false },
          { questionId: "", level: null, notSure: true },
        ];
        const stale = answers.map((a) => ({ ...a, level, notSure: !a.notSure })); // overwritten by the real answers below
        expect(scoreAssessment(model, [...noise, ...stale, ...answers, ...noise])).toEqual(
          scoreAssessment(model, answers),
        );
      }),
    );
  });
});
