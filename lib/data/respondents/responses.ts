/**
 * Collaborative assessments, the respondent's side: private autosave of one's own answers. A response
 * is only ever read back by its author (here) or, once answering is closed, as part of a distribution
 * (lib/data/respondents/consensus.ts). Nothing in this file returns another person's responses.
 */
import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkAnswer } from "@/lib/scoring/answer-check";
import type { TAnswerInputBody } from "@/lib/validation/answers";
import { getModelDefinition } from "../models";
import { assertAnsweringOpen, getRespondentsState, isEligibleRespondent, lockRespondentsRow } from ".";

const responseSelect = {
  questionId: true,
  level: true,
  notSure: true,
  notes: true,
  updatedAt: true,
} as const;

/**
 * Upserts the caller's own answer to one question (idempotent). Opening the link and answering makes a
 * team member a respondent. The assessment row is locked FOR SHARE, so respondents save in parallel
 * but never after the lead closed answering (closing takes FOR UPDATE). The evidence link is not kept
 * for responses: evidence belongs to the team's agreed answer.
 */
export async function saveResponse(ctx: OrgContext, assessmentId: string, input: TAnswerInputBody) {
  return db.$transaction(async (tx) => {
    const row = await lockRespondentsRow(tx, ctx, assessmentId, "share");
    assertAnsweringOpen(row);
    const existing = await tx.assessmentRespondent.findUnique({
      where: { assessmentId_userId: { assessmentId, userId: ctx.userId } },
      select: { userId: true },
    });
    if (!existing) {
      const removed = await tx.assessmentRespondentRemoval.findUnique({
        where: { assessmentId_userId: { assessmentId, userId: ctx.userId } },
        select: { removedAt: true },
      });
      if (removed)
        throw new AppError(
          "FORBIDDEN",
          "The lead removed you from the respondents of this assessment; ask them to add you again.",
        );
      if (!(await isEligibleRespondent(tx, ctx, row.teamId))) {
        throw new AppError("FORBIDDEN", "Only members of the team can answer this assessment.");
      }
      await tx.assessmentRespondent.createMany({
        data: [{ assessmentId, userId: ctx.userId, invitedById: ctx.userId }],
        skipDuplicates: true,
      });
    }
    const model = await getModelDefinition(row.modelId, tx);
    const check = checkAnswer(model, input);
    if (!check.ok) throw new AppError("INVALID_INPUT", check.message);
    const data = { level: input.level, notSure: input.notSure, notes: input.notes };
    return tx.response.upsert({
      where: {
        assessmentId_userId_questionId: { assessmentId, userId: ctx.userId, questionId: input.questionId },
      },
      create: { assessmentId, userId: ctx.userId, questionId: input.questionId, ...data },
      update: data,
      select: responseSelect,
    });
  });
}

/** The caller's own responses, with where the assessment stands. Never anybody else's. */
export async function getMyResponses(ctx: OrgContext, assessmentId: string) {
  const state = await getRespondentsState(ctx, assessmentId);
  if (state.mode !== "COLLABORATIVE")
    throw new AppError("NOT_FOUND", "This assessment is not open to respondents.");
  const [model, responses] = await Promise.all([
    getModelDefinition(state.modelId),
    db.response.findMany({
      where: { assessmentId, userId: ctx.userId, assessment: { organizationId: ctx.orgId } },
      select: responseSelect,
    }),
  ]);
  return { ...state, model, responses };
}

/** The respondent marks their answers as finished (or not); they can still edit until answering closes. */
export async function setFinished(ctx: OrgContext, assessmentId: string, isFinished: boolean) {
  return db.$transaction(async (tx) => {
    const row = await lockRespondentsRow(tx, ctx, assessmentId, "share");
    assertAnsweringOpen(row);
    const { count } = await tx.assessmentRespondent.updateMany({
      where: { assessmentId, userId: ctx.userId },
      data: { finishedAt: isFinished ? new Date() : null },
    });
    if (count === 0) throw new AppError("INVALID_STATE", "Answer at least one question first.");
    return { isFinished };
  });
}
