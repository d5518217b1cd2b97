/**
 * Aspect means exactly as the CNCF community self-assessment prints them (assets/app.js,
 * calculateCategoryScore): for every answered parameter whose name starts with `<category id>_`,
 * add parseInt(value); divide by the number of answered parameters; print with toFixed(2). Questions
 * left unanswered are simply not in the sum or the count, so a partly answered form averages only
 * its answers. Pure.
 */
import type { TMaturityModel } from "@/lib/model/schema";
import { pemmFields } from "./pemm-url";

/** The tool's score string for one category from raw link parameters; "0" when nothing is answered, as it prints. */
export function pemmCategoryScore(
  params: ReadonlyArray<readonly [string, string]>,
  categoryId: string,
): string {
  const answers = new Map<string, string>();
  for (const [key, value] of params)
    if (!["lang", "view", "page", "v"].includes(key)) answers.set(key, value);
  let total = 0;
  let count = 0;
  for (const [key, value] of answers) {
    if (!key.startsWith(`${categoryId}_`)) continue;
    total += Number.parseInt(value, 10);
    count += 1;
  }
  return count === 0 ? "0" : (total / count).toFixed(2);
}

export type TPemmMean = Readonly<{ aspectId: string; mean: string | null; answered: number }>;

/**
 * Stepwise answers of a model imported from a question file, scored the tool's way: the mean of
 * answered values per aspect, formatted with toFixed(2); null for an aspect without answers (the
 * tool prints 0 there; Stepwise says "not assessed"). "Not sure" counts as unanswered.
 */
export function pemmAspectMeans(
  model: TMaturityModel,
  answers: ReadonlyArray<{ questionId: string; level: number | null; notSure: boolean }>,
): TPemmMean[] {
  const fields = pemmFields(model);
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  return model.aspects.map((aspect) => {
    const levels = aspect.questions.flatMap((q) => {
      const a = byQuestion.get(q.id);
      return fields.has(q.id) &&
        a &&
        !a.notSure &&
        a.level !== null &&
        q.options.some((o) => o.level === a.level)
        ? [a.level]
        : [];
    });
    const mean = levels.length === 0 ? null : (levels.reduce((s, l) => s + l, 0) / levels.length).toFixed(2);
    return { aspectId: aspect.id, mean, answered: levels.length };
  });
}

/** Is this model one imported from a community question file (so its means are shown the tool's way)? */
export const isPemmModel = (model: TMaturityModel) => pemmFields(model).size > 0;
