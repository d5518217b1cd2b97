/**
 * Collaborative assessments after answering closed: the distribution of everybody's answers next to
 * the team's agreed (consensus) answers, and the lead recording those. Responses are only aggregated
 * here once answering is closed; before that nobody (not even the lead) sees them.
 */
import "server-only";
import { type OrgContext, requireTeamEditor } from "@/lib/authz/context";
import { summariseVotes } from "@/lib/consensus/aggregate";
import { buildConsensusReport, differsFromMedian, votesByQuestion } from "@/lib/consensus/collective";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkAnswer } from "@/lib/scoring/answer-check";
import { recordAudit } from "../audit";
import { getModelDefinition } from "../models";
import { getRespondentsState, lockRespondentsRow } from ".";

export type TConsensusInput = {
  questionId: string;
  level: number | null;
  notSure: boolean;
  note: string;
  /**
   * The agreed answer's `updatedAt` (ISO) the lead saw, or null when there was none: a save over a
   * newer answer is refused with CONFLICT instead of overwriting it. Omitted only by internal callers.
   */
  expectedUpdatedAt?: string | null;
};

export const CONSENSUS_CONFLICT_MESSAGE =
  "Someone else recorded this agreed answer after you opened the page. Reload to see it, then save again.";

/**
 * The consensus report. Before answering closes it is `null` for everyone. After closing the team (its
 * members and whoever may edit its assessments) sees it; once submitted, everyone in the organization.
 */
export async function getConsensus(ctx: OrgContext, assessmentId: string) {
  const state = await getRespondentsState(ctx, assessmentId);
  if (state.mode !== "COLLABORATIVE") throw new AppError("NOT_FOUND", "This assessment has no respondents.");
  const isSubmitted = state.status === "SUBMITTED";
  if (!isSubmitted && !state.isTeamMember && !state.canManage) {
    throw new AppError("FORBIDDEN", "Only the team sees the answers before the assessment is submitted.");
  }
  const model = await getModelDefinition(state.modelId);
  const isClosed = state.responsesClosedAt !== null;
  const canRecord = state.canManage && isClosed && !isSubmitted;
  if (!isClosed) return { ...state, model, isClosed, canRecord, report: null };
  const [responses, answers] = await Promise.all([
    db.response.findMany({
      where: { assessmentId, assessment: { organizationId: ctx.orgId } },
      select: { userId: true, questionId: true, level: true, notSure: true },
    }),
    db.answer.findMany({
      where: { assessmentId, assessment: { organizationId: ctx.orgId } },
      select: { questionId: true, level: true, notSure: true, notes: true, updatedAt: true },
    }),
  ]);
  const agreed = answers.map((a) => ({ ...a, updatedAt: a.updatedAt.toISOString() }));
  return { ...state, model, isClosed, canRecord, report: buildConsensusReport(model, responses, agreed) };
}

/**
 * The lead records the team's agreed answer to one question, with a note. The note is required when the
 * agreed answer differs from the respondents' median, so the snapshot says why the team moved.
 */
export async function recordConsensus(
  ctx: OrgContext,
  assessmentId: string,
  input: TConsensusInput,
  meta: TAuditMeta = NO_AUDIT_META,
) {
  return db.$transaction(async (tx) => {
    const row = await lockRespondentsRow(tx, ctx, assessmentId, "update");
    await requireTeamEditor(ctx, row.teamId, tx);
    if (row.status !== "DRAFT")
      throw new AppError("INVALID_STATE", "This assessment was submitted and is read-only.");
    if (row.mode !== "COLLABORATIVE")
      throw new AppError("INVALID_STATE", "This assessment has no respondents.");
    if (!row.closedAt)
      throw new AppError("INVALID_STATE", "Close answering before recording the agreed answers.");
    const model = await getModelDefinition(row.modelId, tx);
    const check = checkAnswer(model, input);
    if (!check.ok) throw new AppError("INVALID_INPUT", check.message);
    const responses = await tx.response.findMany({
      where: { assessmentId, questionId: input.questionId },
      select: { userId: true, questionId: true, level: true, notSure: true },
    });
    const summary = summariseVotes(
      votesByQuestion(responses).get(input.questionId) ?? [],
      model.levels.map((l) => l.level),
    );
    const note = input.note.trim();
    if (differsFromMedian(summary, input) && note === "") {
      const message = "Add a note: the agreed answer differs from the respondents' median.";
      throw new AppError("INVALID_INPUT", message, { note: [message] });
    }
    if (input.expectedUpdatedAt !== undefined) {
      // The assessment row is locked FOR UPDATE above, so this check and the write are one step.
      const current = await tx.answer.findUnique({
        where: { assessmentId_questionId: { assessmentId, questionId: input.questionId } },
        select: { updatedAt: true },
      });
      if ((current?.updatedAt.toISOString() ?? null) !== input.expectedUpdatedAt)
        throw new AppError("CONFLICT", CONSENSUS_CONFLICT_MESSAGE);
    }
    const data = { level: input.level, notSure: input.notSure, notes: note, updatedById: ctx.userId };
    const answer = await tx.answer.upsert({
      where: { assessmentId_questionId: { assessmentId, questionId: input.questionId } },
      create: { assessmentId, questionId: input.questionId, ...data },
      update: data,
      select: { questionId: true, level: true, notSure: true, notes: true },
    });
    await tx.assessment.update({ where: { id: assessmentId }, data: { updatedAt: new Date() } });
    await recordAudit(
      tx,
      { ...ctx, meta },
      {
        action: "consensus.recorded",
        target: { type: "assessment", id: assessmentId },
        details: {
          questionId: input.questionId,
          level: input.level,
          notSure: input.notSure,
          median: summary.median ?? null,
          hasNote: note !== "",
        },
      },
    );
    return answer;
  });
}

/** For the results page: the consensus report of a submitted collaborative assessment, else null. */
export async function findSubmittedConsensus(ctx: OrgContext, assessmentId: string) {
  const state = await getRespondentsState(ctx, assessmentId);
  if (state.mode !== "COLLABORATIVE" || state.status !== "SUBMITTED") return null;
  const { report } = await getConsensus(ctx, assessmentId);
  return report;
}
