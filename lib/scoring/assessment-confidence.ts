/**
 * Confidence per aspect of one assessment (pure): groups the answers by the model's aspects and applies
 * `aspectConfidence` (lib/scoring/confidence.ts) to each, with the organization's freshness window and,
 * for collaborative assessments, the respondents' levels per question.
 */
import type { TMaturityModel } from "@/lib/model/schema";
import { aspectConfidence, type TAspectConfidence } from "./confidence";

export type TConfidenceInputAnswer = Readonly<{
  questionId: string;
  level: number | null;
  notSure: boolean;
  evidenceUrl: string;
  evidenceCheckedOn: Date | string | null;
}>;

const isoOf = (value: Date | string | null): string | null =>
  value === null ? null : typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);

export function confidenceByAspect(
  model: Pick<TMaturityModel, "aspects">,
  answers: readonly TConfidenceInputAnswer[],
  options: Readonly<{
    today: string;
    windowDays: number;
    respondentLevels?: ReadonlyMap<string, readonly number[]>;
  }>,
): Record<string, TAspectConfidence> {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  return Object.fromEntries(
    model.aspects.map((aspect) => {
      const rows = aspect.questions.flatMap((q) => {
        const answer = byQuestion.get(q.id);
        const respondentLevels = options.respondentLevels?.get(q.id) ?? [];
        if (!answer && respondentLevels.length === 0) return [];
        return [
          {
            level: answer?.level ?? null,
            notSure: answer?.notSure ?? false,
            evidenceUrl: answer?.evidenceUrl ?? "",
            evidenceCheckedOn: isoOf(answer?.evidenceCheckedOn ?? null),
            respondentLevels,
          },
        ];
      });
      return [aspect.id, aspectConfidence(rows, options.today, options.windowDays)];
    }),
  );
}
