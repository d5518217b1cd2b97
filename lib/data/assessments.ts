import "server-only";
import { type OrgContext, requireTeam, requireTeamEditor } from "@/lib/authz/context";
import { canEditTeamAssessments } from "@/lib/authz/roles";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { isoDay } from "@/lib/dates";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkAnswer } from "@/lib/scoring/answer-check";
import { scoreAssessment, type TAssessmentScore } from "@/lib/scoring/score";
import type { TMaturityModel } from "@/lib/model/schema";
import type { TAnswerInputBody } from "@/lib/validation/answers";
import {
  assertAnswerWritable,
  assessmentModelId,
  forgetAssessmentModel,
  upsertAnswerIfWritable,
  upsertAnswersIfWritable,
  type TSavedAnswer,
} from "./answer-save";
import { recordAudit } from "./audit";
import { getModelDefinition, requireUsableModel } from "./models";
import { emitAssessmentSubmitted } from "./webhooks/outbox";

const answerSelect = {
  questionId: true,
  level: true,
  notSure: true,
  notes: true,
  evidenceUrl: true,
  evidenceCheckedOn: true,
  updatedAt: true,
} as const;

export async function startAssessment(
  ctx: OrgContext,
  input: { teamId: string; modelId: string; title?: string; fromPrevious?: boolean },
) {
  const team = await requireTeamEditor(ctx, input.teamId);
  const model = await requireUsableModel(ctx, input.modelId);
  const title = input.title?.trim() || `${team.name} · ${isoDay()}`;
  if (!input.fromPrevious)
    return db.assessment.create({
      data: { organizationId: ctx.orgId, teamId: team.id, modelId: model.id, title, createdById: ctx.userId },
      select: { id: true },
    });
  return startFromPrevious(ctx, team.id, model.id, title);
}

/**
 * A new draft with the answers and evidence of the team's latest submitted assessment, in one
 * transaction. Only questions the new draft's model has are copied (another model version may have
 * dropped some); evidence keeps its checked date, so evidence older than the freshness window shows as
 * stale. INVALID_INPUT when the team has no submitted assessment.
 */
async function startFromPrevious(ctx: OrgContext, teamId: string, modelId: string, title: string) {
  const previous = await db.assessment.findFirst({
    where: { organizationId: ctx.orgId, teamId, status: "SUBMITTED" },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      answers: {
        select: {
          questionId: true,
          level: true,
          notSure: true,
          notes: true,
          evidenceUrl: true,
          evidenceCheckedOn: true,
        },
      },
    },
  });
  if (!previous)
    throw new AppError("INVALID_INPUT", "This team has no submitted assessment to start from yet.", {
      fromPrevious: ["No submitted assessment yet"],
    });
  const definition = await getModelDefinition(modelId);
  const questionIds = new Set(definition.aspects.flatMap((a) => a.questions.map((q) => q.id)));
  const copied = previous.answers.filter((a) => questionIds.has(a.questionId));
  return db.$transaction(async (tx) => {
    const created = await tx.assessment.create({
      data: { organizationId: ctx.orgId, teamId, modelId, title, createdById: ctx.userId },
      select: { id: true },
    });
    await tx.answer.createMany({
      data: copied.map((a) => ({ ...a, assessmentId: created.id, updatedById: ctx.userId })),
    });
    return { id: created.id, copiedFrom: previous.id, copied: copied.length };
  });
}

/** Throws NOT_FOUND for ids of another organization: never load by id alone. */
export async function getAssessment(ctx: OrgContext, assessmentId: string) {
  const row = await db.assessment.findFirst({
    where: { id: assessmentId, organizationId: ctx.orgId },
    select: {
      id: true,
      title: true,
      status: true,
      mode: true,
      createdAt: true,
      updatedAt: true,
      submittedAt: true,
      modelId: true,
      team: {
        select: {
          id: true,
          name: true,
          members: { where: { userId: ctx.userId }, select: { userId: true } },
        },
      },
      model: { select: { key: true, version: true, title: true } },
      answers: { select: answerSelect },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Assessment not found.");
  const model = await getModelDefinition(row.modelId);
  const { team, ...rest } = row;
  return {
    ...rest,
    team: { id: team.id, name: team.name },
    isTeamMember: team.members.length > 0,
    model,
    canEdit: row.status === "DRAFT" && canEditTeamAssessments(ctx.role, team.members.length > 0),
  };
}

/** The team of an assessment of the caller's organization (one indexed lookup); NOT_FOUND otherwise. */
export async function getAssessmentTeamId(ctx: OrgContext, assessmentId: string): Promise<string> {
  const row = await db.assessment.findFirst({
    where: { id: assessmentId, organizationId: ctx.orgId },
    select: { teamId: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "Assessment not found.");
  return row.teamId;
}

/** A team's assessments, newest first, with frozen aspect scores for submitted ones. */
export async function listTeamAssessments(ctx: OrgContext, teamId: string) {
  await requireTeam(ctx, teamId);
  return db.assessment.findMany({
    where: { organizationId: ctx.orgId, teamId },
    select: {
      id: true,
      title: true,
      status: true,
      createdAt: true,
      submittedAt: true,
      modelId: true,
      model: { select: { key: true, version: true, title: true } },
      aspectScores: { select: { aspectId: true, level: true, score: true } },
      _count: { select: { answers: true } },
    },
    orderBy: { createdAt: "desc" },
  });
}

/**
 * Locks the assessment row for the rest of the transaction, so saving an answer and submitting
 * are serialised: no answer can slip into a submitted snapshot.
 */
async function lockDraft(
  tx: Parameters<Parameters<typeof db.$transaction>[0]>[0],
  ctx: OrgContext,
  assessmentId: string,
) {
  const rows = await tx.$queryRaw<Array<{ id: string; status: string; team_id: string; model_id: string }>>`
    SELECT id, status::text AS status, team_id, model_id FROM assessments
    WHERE id = ${assessmentId} AND organization_id = ${ctx.orgId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", "Assessment not found.");
  await requireTeamEditor(ctx, row.team_id, tx);
  if (row.status !== "DRAFT")
    throw new AppError("INVALID_STATE", "This assessment was submitted and is read-only.");
  return { teamId: row.team_id, modelId: row.model_id };
}

/**
 * Upserts one answer (idempotent: retrying the same save changes nothing). Validated against the
 * assessment's (cached, immutable) model first, then written by one SQL statement that re-checks the
 * organization, role, team and DRAFT status and is serialised with submitAssessment by the assessment
 * row lock (lib/data/answer-save.ts). Refusals keep their order: 404, 403, 409, then 400.
 */
export async function saveAnswer(
  ctx: OrgContext,
  assessmentId: string,
  input: TAnswerInputBody,
): Promise<TSavedAnswer> {
  return saveValidAnswer(ctx, assessmentId, input, false);
}

async function saveValidAnswer(
  ctx: OrgContext,
  assessmentId: string,
  input: TAnswerInputBody,
  isRetry: boolean,
): Promise<TSavedAnswer> {
  const modelId = await assessmentModelId(ctx, assessmentId);
  const check = checkAnswer(await getModelDefinition(modelId), input);
  if (!check.ok) {
    await assertAnswerWritable(ctx, assessmentId);
    throw new AppError("INVALID_INPUT", check.message);
  }
  const answer = await upsertAnswerIfWritable(ctx, assessmentId, modelId, input);
  if (answer) return answer;
  if (isRetry) throw new Error(`assessment ${assessmentId}: its model changed while saving`);
  forgetAssessmentModel(ctx, assessmentId); // the cached model proved wrong (never expected): look it up again
  return saveValidAnswer(ctx, assessmentId, input, true);
}

/**
 * Bulk version of saveAnswer (the API's PUT answers): every answer is checked against the model first
 * (problems keyed "answers.<index>"), then all are upserted in one statement with the same checks and
 * lock as autosave. Question ids must be distinct (the caller's schema ensures it).
 */
export async function saveAnswers(
  ctx: OrgContext,
  assessmentId: string,
  inputs: readonly TAnswerInputBody[],
  isRetry = false,
): Promise<TSavedAnswer[]> {
  const modelId = await assessmentModelId(ctx, assessmentId);
  const model = await getModelDefinition(modelId);
  const problems: Record<string, string[]> = {};
  inputs.forEach((input, i) => {
    const check = checkAnswer(model, input);
    if (!check.ok) problems[`answers.${i}`] = [check.message];
  });
  const first = Object.values(problems)[0];
  if (first) {
    await assertAnswerWritable(ctx, assessmentId);
    throw new AppError("INVALID_INPUT", first[0]!, problems);
  }
  const saved = await upsertAnswersIfWritable(ctx, assessmentId, modelId, inputs);
  if (saved) return saved;
  if (isRetry) throw new Error(`assessment ${assessmentId}: its model changed while saving`);
  forgetAssessmentModel(ctx, assessmentId);
  return saveAnswers(ctx, assessmentId, inputs, true);
}

export type TAssessmentListFilters = Readonly<{
  teamId: string | null;
  status: "DRAFT" | "SUBMITTED" | null;
  modelKey: string | null;
  /** Keyset: the last item of the previous page (newest first). */
  after: Readonly<{ createdAt: Date; id: string }> | null;
  limit: number;
}>;

/** The organization's assessments, newest first, filtered, one keyset page (limit + 1 rows to know if more follow). */
export async function listAssessmentsPage(ctx: OrgContext, filters: TAssessmentListFilters) {
  const rows = await db.assessment.findMany({
    where: {
      organizationId: ctx.orgId,
      ...(filters.teamId ? { teamId: filters.teamId } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.modelKey ? { model: { key: filters.modelKey } } : {}),
      ...(filters.after
        ? {
            OR: [
              { createdAt: { lt: filters.after.createdAt } },
              { createdAt: filters.after.createdAt, id: { lt: filters.after.id } },
            ],
          }
        : {}),
    },
    select: {
      id: true,
      title: true,
      status: true,
      mode: true,
      createdAt: true,
      submittedAt: true,
      team: { select: { id: true, name: true } },
      model: { select: { key: true, version: true, title: true } },
      aspectScores: { select: { aspectId: true, level: true, score: true } },
      _count: { select: { answers: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: filters.limit + 1,
  });
  return { rows: rows.slice(0, filters.limit), hasMore: rows.length > filters.limit };
}

/** Freezes the assessment: status SUBMITTED plus one aspect_scores row per aspect. */
export async function submitAssessment(
  ctx: OrgContext,
  assessmentId: string,
  meta: TAuditMeta = NO_AUDIT_META,
) {
  return db.$transaction(async (tx) => {
    const { modelId } = await lockDraft(tx, ctx, assessmentId);
    // Collaborative: the consensus answers are only final once respondents can no longer answer.
    const answering = await tx.assessment.findUnique({
      where: { id: assessmentId },
      select: { mode: true, responsesClosedAt: true, title: true },
    });
    if (answering?.mode === "COLLABORATIVE" && !answering.responsesClosedAt)
      throw new AppError("INVALID_STATE", "Close answering before submitting.");
    // A live workshop submits its own assessment (End and submit) with the recorded consensus.
    if (answering?.mode === "WORKSHOP")
      throw new AppError(
        "INVALID_STATE",
        "This assessment is being run as a live workshop: end it from the workshop console, or cancel the workshop first.",
      );
    const model = await getModelDefinition(modelId, tx);
    const result = await freezeAssessment(tx, {
      assessmentId,
      model,
      userId: ctx.userId,
      nothingAnswered: "Answer at least one question before submitting.",
    });
    await recordAudit(
      tx,
      { ...ctx, meta },
      {
        action: "assessment.submitted",
        target: { type: "assessment", id: assessmentId, label: answering?.title },
        details: { mode: answering?.mode ?? null, answered: result.answered },
      },
    );
    await emitAssessmentSubmitted(tx, ctx.orgId, assessmentId);
    return { id: assessmentId };
  });
}

/**
 * The one way an assessment becomes SUBMITTED: scores its current answers, writes one aspect_scores row per
 * aspect and stamps who submitted it when. Runs inside the caller's transaction (which has locked the draft);
 * refuses with `nothingAnswered` when no question has an answer.
 */
export async function freezeAssessment(
  tx: TTx,
  input: {
    assessmentId: string;
    model: TMaturityModel;
    userId: string;
    nothingAnswered: string;
    at?: Date;
  },
): Promise<TAssessmentScore> {
  const { assessmentId } = input;
  const answers = await tx.answer.findMany({
    where: { assessmentId },
    select: { questionId: true, level: true, notSure: true },
  });
  const result = scoreAssessment(input.model, answers);
  if (result.answered === 0) throw new AppError("INVALID_STATE", input.nothingAnswered);
  await tx.aspectScore.createMany({
    data: result.aspects.map((a) => ({
      assessmentId,
      aspectId: a.aspectId,
      score: a.score,
      level: a.level,
      answered: a.answered,
      total: a.total,
    })),
  });
  await tx.assessment.update({
    where: { id: assessmentId },
    data: { status: "SUBMITTED", submittedAt: input.at ?? new Date(), submittedById: input.userId },
  });
  return result;
}
