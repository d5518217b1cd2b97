import "server-only";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  planCommand,
  type TCommandPlan,
  type TWorkshopCommand,
  type TWorkshopStatus,
} from "@/lib/workshops/commands";
import { workshopQuestions, type TWorkshopQuestion } from "@/lib/workshops/questions";
import { requireFacilitator, type TWorkshopAccess } from "./access";
import { bumpAndNotify } from "./notify";
import { recordAudit } from "../audit";
import { getModelDefinition } from "../models";

/**
 * Locks the workshop row for the rest of the transaction (commands, votes and the end are serialised
 * per workshop) and returns its phase and model. Scoped by the caller's organization.
 */
export async function lockWorkshop(tx: TTx, access: TWorkshopAccess) {
  const rows = await tx.$queryRaw<
    Array<{
      status: TWorkshopStatus;
      question_index: number;
      revealed: boolean;
      model_id: string;
      assessment_id: string;
    }>
  >`
    SELECT w.status::text AS status, w.question_index, w.revealed, a.model_id, w.assessment_id
    FROM workshops w JOIN assessments a ON a.id = w.assessment_id
    WHERE w.id = ${access.workshopId} AND w.organization_id = ${access.orgId}
    FOR UPDATE OF w`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", "Workshop not found.");
  const model = await getModelDefinition(row.model_id, tx);
  return {
    phase: { status: row.status, questionIndex: row.question_index, revealed: row.revealed },
    assessmentId: row.assessment_id,
    model,
    questions: workshopQuestions(model),
  };
}

/**
 * Runs one facilitator command atomically and notifies every instance. Returns the new seq. A recorded
 * consensus is audited (`consensus.recorded`) in the same transaction.
 */
export async function runWorkshopCommand(
  access: TWorkshopAccess,
  command: TWorkshopCommand,
  meta: TAuditMeta = NO_AUDIT_META,
): Promise<{ seq: number }> {
  requireFacilitator(access);
  return db.$transaction(async (tx) => {
    const { phase, questions, assessmentId } = await lockWorkshop(tx, access);
    const revealed = await tx.workshopItem.findMany({
      where: { workshopId: access.workshopId, revealedAt: { not: null } },
      select: { questionId: true },
    });
    const result = planCommand({
      phase,
      command,
      questions,
      revealedQuestionIds: new Set(revealed.map((r) => r.questionId)),
    });
    if (!result.ok) throw new AppError("INVALID_STATE", result.message);
    const question = questions[phase.questionIndex];
    if (question && command.type === "consensus" && command.expectedVersion !== undefined) {
      // The workshop row is locked above, so this check and the write are one step.
      const item = await tx.workshopItem.findUnique({
        where: { workshopId_questionId: { workshopId: access.workshopId, questionId: question.id } },
        select: { consensusVersion: true },
      });
      if ((item?.consensusVersion ?? 0) !== command.expectedVersion)
        throw new AppError(
          "CONFLICT",
          "Another facilitator recorded the consensus meanwhile: check it on screen, then record again.",
        );
    }
    if (question) await applyItemChanges(tx, access.workshopId, question, result.plan);
    if (question && result.plan.consensus) {
      const { level, notSure, notes } = result.plan.consensus;
      await recordAudit(
        tx,
        { orgId: access.orgId, userId: access.userId, meta },
        {
          action: "consensus.recorded",
          target: { type: "assessment", id: assessmentId },
          details: {
            mode: "WORKSHOP",
            workshopId: access.workshopId,
            questionId: question.id,
            level,
            notSure,
            hasNote: notes.trim() !== "",
          },
        },
      );
    }
    const { restartTimer, ...fields } = result.plan.workshop;
    const seq = await bumpAndNotify(tx, access.workshopId, {
      ...fields,
      ...(restartTimer ? { questionStartedAt: new Date() } : {}),
    });
    return { seq };
  });
}

async function applyItemChanges(
  tx: TTx,
  workshopId: string,
  question: TWorkshopQuestion,
  plan: TCommandPlan,
) {
  const key = { workshopId_questionId: { workshopId, questionId: question.id } };
  const now = new Date();
  if (plan.revealItem) {
    await tx.workshopItem.upsert({
      where: key,
      create: { workshopId, questionId: question.id, revealedAt: now },
      update: { revealedAt: now },
    });
  }
  if (plan.clearVotes) {
    await tx.workshopVote.deleteMany({ where: { workshopId, questionId: question.id } });
    await tx.workshopItem.updateMany({
      where: { workshopId, questionId: question.id },
      data: { revealedAt: null },
    });
  }
  if (plan.consensus) {
    const data = {
      consensusLevel: plan.consensus.level,
      consensusNotSure: plan.consensus.notSure,
      notes: plan.consensus.notes,
      recordedAt: now,
    };
    await tx.workshopItem.upsert({
      where: key,
      create: { workshopId, questionId: question.id, revealedAt: now, ...data, consensusVersion: 1 },
      update: { ...data, consensusVersion: { increment: 1 } },
    });
  }
}
