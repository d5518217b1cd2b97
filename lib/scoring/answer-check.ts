/**
 * Checks one answer against the model before it is stored. Scoring tolerates anything, but storing an
 * answer it would silently ignore would lose the user's input, so the write path rejects it instead.
 */
import { findQuestion, type TMaturityModel } from "@/lib/model/schema";
import type { TAnswerInput } from "./score";

export type TAnswerCheck = { ok: true } | { ok: false; message: string };

/**
 * Validates an answer against the model before it is stored: known question; level is one of its
 * option levels, or null; notSure=true requires level null. Messages are written for API clients.
 */
export function checkAnswer(model: TMaturityModel, input: TAnswerInput): TAnswerCheck {
  const found = findQuestion(model, input.questionId);
  if (!found) {
    return {
      ok: false,
      message: `Unknown question "${input.questionId}" for model ${model.id} v${model.version}.`,
    };
  }
  if (input.level === null) return { ok: true };
  if (input.notSure) {
    return {
      ok: false,
      message:
        `An answer marked not sure cannot also have a level (got level ${input.level} ` +
        `for question "${input.questionId}"); send level null.`,
    };
  }
  const optionLevels = [...new Set(found.question.options.map((o) => o.level))].sort((a, b) => a - b);
  if (!optionLevels.includes(input.level)) {
    return {
      ok: false,
      message: `Level ${input.level} is not an option of question "${input.questionId}" (choose ${listWithOr(optionLevels)}).`,
    };
  }
  return { ok: true };
}

function listWithOr(values: readonly number[]): string {
  if (values.length <= 1) return values.join("");
  return `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}
