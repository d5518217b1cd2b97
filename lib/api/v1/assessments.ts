import { z } from "zod";
import { auditMetaOf } from "@/lib/audit-meta";
import {
  getAssessment,
  getAssessmentTeamId,
  listAssessmentsPage,
  saveAnswers,
  startAssessment,
  submitAssessment,
} from "@/lib/data/assessments";
import { getModelVersion } from "@/lib/data/models";
import { englishExplanations, renderMessages } from "@/i18n/render";
import { scoreAssessment } from "@/lib/scoring/score";
import { ZAnswerInput } from "@/lib/validation/answers";
import { assertTeamVisible, teamFilter } from "../caller";
import type { TApiCaller } from "@/lib/data/api-tokens";
import { defineEndpoint } from "../handler";
import { decodeCursor, encodeCursor, pageOf, ZPageQuery } from "../pagination";
import { ZAnswer, ZAssessment, ZAssessmentSummary, ZId, ZResults } from "./schemas";

const ZAssessmentParams = z.object({ assessmentId: ZId });

/** For writes: only a team-restricted token needs the assessment's team (the write itself checks the rest). */
async function assertAssessmentVisible(caller: TApiCaller, assessmentId: string) {
  if (caller.token.teamId)
    assertTeamVisible(caller, await getAssessmentTeamId(caller.ctx, assessmentId), "Assessment");
}

/** The assessment, if the token may see its team (a team-restricted token: 404 for other teams). */
async function visibleAssessment(caller: TApiCaller, assessmentId: string) {
  const assessment = await getAssessment(caller.ctx, assessmentId);
  assertTeamVisible(caller, assessment.team.id, "Assessment");
  return assessment;
}

const toAssessmentBody = (a: Awaited<ReturnType<typeof getAssessment>>) => ({
  id: a.id,
  title: a.title,
  status: a.status,
  mode: a.mode,
  team: a.team,
  model: { key: a.model.id, version: a.model.version, title: a.model.title },
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
  submittedAt: a.submittedAt,
  canEdit: a.canEdit,
  answers: a.answers,
});

function toResultsBody(a: Awaited<ReturnType<typeof getAssessment>>) {
  const result = scoreAssessment(a.model, a.answers);
  return {
    assessmentId: a.id,
    status: a.status,
    submittedAt: a.submittedAt,
    model: { key: a.model.id, version: a.model.version, title: a.model.title },
    answered: result.answered,
    total: result.total,
    aspects: result.aspects.map(({ score, outcomes: _outcomes, explanation, ...aspect }) => ({
      ...aspect,
      mean: score,
      // The public API is machine-facing: its texts stay English whatever the caller's language.
      explanation: renderMessages(englishExplanations, explanation),
    })),
  };
}

export const listAssessmentsEndpoint = defineEndpoint(
  {
    operationId: "listAssessments",
    method: "GET",
    path: "/orgs/{org}/assessments",
    tag: "Assessments",
    summary: "List assessments",
    description: "Newest first. Filter by team, status and model key.",
    query: ZPageQuery.extend({
      teamId: ZId.optional(),
      status: z.enum(["DRAFT", "SUBMITTED"]).optional(),
      modelKey: z.string().max(100).optional(),
    }),
    response: pageOf(ZAssessmentSummary),
    errors: [400],
  },
  async ({ caller, query }) => {
    const after = decodeCursor(query.cursor, z.object({ c: z.iso.datetime(), i: ZId }));
    const { rows, hasMore } = await listAssessmentsPage(caller.ctx, {
      teamId: teamFilter(caller, query.teamId),
      status: query.status ?? null,
      modelKey: query.modelKey ?? null,
      after: after ? { createdAt: new Date(after.c), id: after.i } : null,
      limit: query.limit,
    });
    const last = rows[rows.length - 1];
    return {
      body: {
        nextCursor: hasMore && last ? encodeCursor({ c: last.createdAt.toISOString(), i: last.id }) : null,
        data: rows.map((r) => ({
          id: r.id,
          title: r.title,
          status: r.status,
          mode: r.mode,
          team: r.team,
          model: r.model,
          answerCount: r._count.answers,
          createdAt: r.createdAt,
          submittedAt: r.submittedAt,
          levels: Object.fromEntries(r.aspectScores.map((s) => [s.aspectId, s.level])),
        })),
      },
    };
  },
);

export const createAssessmentEndpoint = defineEndpoint(
  {
    operationId: "createAssessment",
    method: "POST",
    path: "/orgs/{org}/assessments",
    tag: "Assessments",
    summary: "Start a draft assessment",
    description:
      "For the team's leads, facilitators and admins. Without `model.version` the newest version is used.",
    body: z.strictObject({
      teamId: ZId,
      model: z.strictObject({
        key: z.string().min(1).max(100),
        version: z.number().int().min(1).optional(),
      }),
      title: z.string().trim().max(200).optional(),
    }),
    response: ZAssessment,
    status: 201,
    errors: [403, 409, 413, 415, 422],
  },
  async ({ caller, body }) => {
    assertTeamVisible(caller, body.teamId, "Team");
    const model = await getModelVersion(caller.ctx, body.model.key, body.model.version);
    const { id } = await startAssessment(caller.ctx, {
      teamId: body.teamId,
      modelId: model.id,
      title: body.title,
    });
    return {
      body: toAssessmentBody(await getAssessment(caller.ctx, id)),
      headers: { Location: `/api/v1/orgs/${caller.ctx.orgSlug}/assessments/${id}` },
    };
  },
);

export const getAssessmentEndpoint = defineEndpoint(
  {
    operationId: "getAssessment",
    method: "GET",
    path: "/orgs/{org}/assessments/{assessmentId}",
    tag: "Assessments",
    summary: "Get an assessment with its answers",
    params: ZAssessmentParams,
    response: ZAssessment,
    errors: [],
  },
  async ({ caller, params }) => ({
    body: toAssessmentBody(await visibleAssessment(caller, params.assessmentId)),
  }),
);

export const MAX_BULK_ANSWERS = 500;

export const putAnswersEndpoint = defineEndpoint(
  {
    operationId: "putAnswers",
    method: "PUT",
    path: "/orgs/{org}/assessments/{assessmentId}/answers",
    tag: "Assessments",
    summary: "Save answers in bulk",
    description:
      "Upserts each listed question's full answer state (idempotent), all or nothing, with the same checks as the questionnaire's autosave. Questions not listed keep their answers.",
    params: ZAssessmentParams,
    body: z.strictObject({
      answers: z
        .array(ZAnswerInput)
        .min(1)
        .max(MAX_BULK_ANSWERS)
        .superRefine((answers, ctx) => {
          const seen = new Set<string>();
          answers.forEach((a, i) => {
            if (seen.has(a.questionId))
              ctx.addIssue({
                code: "custom",
                path: [i, "questionId"],
                message: "each question at most once",
              });
            seen.add(a.questionId);
          });
        }),
    }),
    maxBodyBytes: 1024 * 1024,
    response: z.object({ saved: z.number().int(), answers: z.array(ZAnswer) }),
    errors: [403, 409, 413, 415, 422],
  },
  async ({ caller, params, body }) => {
    await assertAssessmentVisible(caller, params.assessmentId);
    const answers = await saveAnswers(caller.ctx, params.assessmentId, body.answers);
    return { body: { saved: answers.length, answers } };
  },
);

export const submitAssessmentEndpoint = defineEndpoint(
  {
    operationId: "submitAssessment",
    method: "POST",
    path: "/orgs/{org}/assessments/{assessmentId}/submit",
    tag: "Assessments",
    summary: "Submit a draft",
    description: "Freezes the answers and scores (exactly as the Submit button). Answers the results.",
    params: ZAssessmentParams,
    response: ZResults,
    errors: [403, 409],
  },
  async ({ caller, params, request }) => {
    await assertAssessmentVisible(caller, params.assessmentId);
    await submitAssessment(caller.ctx, params.assessmentId, auditMetaOf(request));
    return { body: toResultsBody(await getAssessment(caller.ctx, params.assessmentId)) };
  },
);

export const getResultsEndpoint = defineEndpoint(
  {
    operationId: "getResults",
    method: "GET",
    path: "/orgs/{org}/assessments/{assessmentId}/results",
    tag: "Assessments",
    summary: "Get results",
    description:
      "Per aspect: the mean of the answered levels, the level, and the explanation. Provisional for drafts.",
    params: ZAssessmentParams,
    response: ZResults,
    errors: [],
  },
  async ({ caller, params }) => ({
    body: toResultsBody(await visibleAssessment(caller, params.assessmentId)),
  }),
);
