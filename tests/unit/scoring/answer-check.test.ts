import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAnswer } from "@/lib/scoring/answer-check";
import { scoreAssessment } from "@/lib/scoring/score";
import { arbModel, buildModel } from "../../fixtures/model";

const model = buildModel({
  id: "cncf-platform-engineering",
  aspects: [{ id: "investment", questions: ["investment-1", { id: "investment-2", optionLevels: [1, 3] }] }],
});

describe("checkAnswer", () => {
  it.each([
    ["a level that is an option", { questionId: "investment-1", level: 4, notSure: false }],
    ["a cleared answer (level null)", { questionId: "investment-1", level: null, notSure: false }],
    ["not sure without a level", { questionId: "investment-1", level: null, notSure: true }],
  ])("accepts %s", (_, input) => {
    expect(checkAnswer(model, input)).toEqual({ ok: true });
  });

  it("rejects an unknown question, naming the model and version", () => {
    expect(checkAnswer(model, { questionId: "x", level: 2, notSure: false })).toEqual({
      ok: false,
      message: 'Unknown question "x" for model cncf-platform-engineering v1.',
    });
  });

  it("rejects a level that is not an option and lists the choices", () => {
    expect(checkAnswer(model, { questionId: "investment-1", level: 7, notSure: false })).toEqual({
      ok: false,
      message: 'Level 7 is not an option of question "investment-1" (choose 1, 2, 3 or 4).',
    });
    expect(checkAnswer(model, { questionId: "investment-2", level: 2, notSure: false })).toEqual({
      ok: false,
      message: 'Level 2 is not an option of question "investment-2" (choose 1 or 3).',
    });
    expect(checkAnswer(model, { questionId: "investment-1", level: 2.5, notSure: false }).ok).toBe(false);
  });

  it("rejects not sure together with a level", () => {
    const result = checkAnswer(model, { questionId: "investment-1", level: 3, notSure: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/not sure.*level 3.*"investment-1"/);
  });

  it("reports an unknown question before anything else", () => {
    const result = checkAnswer(model, { questionId: "nope", level: 3, notSure: true });
    expect(!result.ok && result.message).toMatch(/^Unknown question "nope"/);
  });

  it("accepts exactly the answers that scoring would count as answered (property)", () => {
    const arbCase = arbModel().chain((m) =>
      fc.record({
        model: fc.constant(m),
        questionId: fc.constantFrom(
          ...m.aspects.flatMap((a) => a.questions.map((q) => q.id)),
          "unknown-question",
        ),
        level: fc.option(fc.integer({ min: -1, max: 10 }), { nil: null }),
      }),
    );
    fc.assert(
      fc.property(arbCase, ({ model: m, questionId, level }) => {
        const input = { questionId, level, notSure: false };
        const isCounted = scoreAssessment(m, [input]).answered === 1;
        expect(checkAnswer(m, input).ok && level !== null).toBe(isCounted);
      }),
    );
  });
});
