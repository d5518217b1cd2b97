/**
 * "Assessment as code": a team's answers as a YAML or JSON document (model key + version, answers with
 * notes and evidence links) that can be kept in a repository and imported again as a draft. Pure.
 * Import follows the rules of the community result-link import (lib/interop/pemm-url.ts): answers
 * that cannot be placed on the model are reported as problems, never stored.
 */
import { stringify } from "yaml";
import { z } from "zod";
import type { TMaturityModel } from "@/lib/model/schema";
import { checkAnswer } from "@/lib/scoring/answer-check";
import { ZAnswerInput, NOTES_MAX } from "@/lib/validation/answers";

export const ASSESSMENT_DOC_KIND = "stepwise.assessment/v1";
export const MAX_DOC_ANSWERS = 500;

const ZDocAnswer = z.strictObject({
  question: z.string().trim().min(1).max(100).describe("Question id of the model."),
  level: z
    .number()
    .int()
    .min(1)
    .max(9)
    .nullable()
    .default(null)
    .describe("The chosen option's level; null = unanswered or not sure."),
  notSure: z.boolean().default(false),
  notes: z.string().max(NOTES_MAX).default(""),
  evidence: z.string().max(2000).default("").describe("An http(s) link, or empty."),
});

export const ZAssessmentDocument = z
  .strictObject({
    kind: z.literal(ASSESSMENT_DOC_KIND),
    model: z.strictObject({ key: z.string().trim().min(1).max(100), version: z.number().int().min(1) }),
    title: z.string().trim().max(200).optional(),
    team: z.string().max(200).optional().describe("Informational: the team it was exported from."),
    submittedAt: z.string().nullable().optional().describe("Informational."),
    answers: z.array(ZDocAnswer).max(MAX_DOC_ANSWERS),
  })
  .meta({ id: "AssessmentDocument" });
export type TAssessmentDocument = z.output<typeof ZAssessmentDocument>;
export type TAssessmentDocumentInput = z.input<typeof ZAssessmentDocument>;

export type TDocAnswer = Readonly<{
  questionId: string;
  level: number | null;
  notSure: boolean;
  notes: string;
  evidenceUrl: string;
}>;
export type TDocProblem = Readonly<{ path: string; question: string; message: string }>;

type TSourceAnswer = Readonly<{
  questionId: string;
  level: number | null;
  notSure: boolean;
  notes: string;
  evidenceUrl: string;
}>;

/** The document of an assessment, answers in the model's question order. */
export function toAssessmentDocument(input: {
  model: TMaturityModel;
  modelKey: string;
  modelVersion: number;
  title: string;
  team: string;
  submittedAt: Date | null;
  answers: readonly TSourceAnswer[];
}): TAssessmentDocument {
  const order = new Map(input.model.aspects.flatMap((a) => a.questions).map((q, i) => [q.id, i]));
  const answers = [...input.answers].sort(
    (a, b) =>
      (order.get(a.questionId) ?? 1e9) - (order.get(b.questionId) ?? 1e9) ||
      a.questionId.localeCompare(b.questionId),
  );
  return {
    kind: ASSESSMENT_DOC_KIND,
    model: { key: input.modelKey, version: input.modelVersion },
    title: input.title,
    team: input.team,
    submittedAt: input.submittedAt?.toISOString() ?? null,
    answers: answers.map((a) => ({
      question: a.questionId,
      level: a.level,
      notSure: a.notSure,
      notes: a.notes,
      evidence: a.evidenceUrl,
    })),
  };
}

export const assessmentDocumentYaml = (doc: TAssessmentDocument) => stringify(doc, { lineWidth: 0 });

/**
 * Places the document's answers on the model: each answer must pass the same checks as an autosave
 * (ZAnswerInput, then checkAnswer); the first of repeated questions wins and later ones are problems.
 */
export function placeDocumentAnswers(model: TMaturityModel, doc: TAssessmentDocument) {
  const answers = new Map<string, TDocAnswer>();
  const problems: TDocProblem[] = [];
  doc.answers.forEach((a, i) => {
    const path = `answers.${i}`;
    const parsed = ZAnswerInput.safeParse({
      questionId: a.question,
      level: a.level,
      notSure: a.notSure,
      notes: a.notes,
      evidenceUrl: a.evidence,
    });
    if (!parsed.success) {
      problems.push({
        path,
        question: a.question,
        message: parsed.error.issues.map((x) => x.message).join("; "),
      });
      return;
    }
    const check = checkAnswer(model, parsed.data);
    if (!check.ok) return problems.push({ path, question: a.question, message: check.message });
    if (answers.has(a.question))
      return problems.push({
        path,
        question: a.question,
        message: "This question is answered twice; the first answer is kept.",
      });
    answers.set(a.question, parsed.data);
  });
  return { answers: [...answers.values()], problems };
}
