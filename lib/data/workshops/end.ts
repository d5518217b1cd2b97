import "server-only";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { freezeAssessment } from "../assessments";
import { recordAudit } from "../audit";
import { emitAssessmentSubmitted, emitWorkshopEnded } from "../webhooks/outbox";
import { requireFacilitator, type TWorkshopAccess } from "./access";
import { lockWorkshop } from "./commands";
import { bumpAndNotify } from "./notify";

/**
 * Ends the workshop and produces the team's assessment in ONE transaction: every recorded consensus
 * becomes the assessment's answer (notes included), the assessment is scored and submitted (by
 * freezeAssessment, as submitAssessment does), the workshop turns ENDED (the join code stops working) and
 * every instance is notified. Either all of it happens or none.
 */
export async function endWorkshop(
  access: TWorkshopAccess,
  meta: TAuditMeta = NO_AUDIT_META,
): Promise<{ assessmentId: string; seq: number }> {
  requireFacilitator(access);
  const userId = access.userId!;
  return db.$transaction(
    async (tx) => {
      const { phase, assessmentId, model } = await lockWorkshop(tx, access);
      if (phase.status === "ENDED") throw new AppError("INVALID_STATE", "This workshop has already ended.");
      await lockDraftAssessment(tx, access.orgId, assessmentId);
      await writeConsensusAnswers(tx, access.workshopId, assessmentId, userId);
      const now = new Date();
      const result = await freezeAssessment(tx, {
        assessmentId,
        model,
        userId,
        nothingAnswered: "Record the consensus on at least one question before ending the workshop.",
        at: now,
      });
      const seq = await bumpAndNotify(tx, access.workshopId, { status: "ENDED", endedAt: now });
      const actor = { orgId: access.orgId, userId, meta };
      await recordAudit(tx, actor, {
        action: "workshop.ended",
        target: { type: "workshop", id: access.workshopId },
        details: { assessmentId, recorded: result.answered },
      });
      await recordAudit(tx, actor, {
        action: "assessment.submitted",
        target: { type: "assessment", id: assessmentId },
        details: { mode: "WORKSHOP", answered: result.answered, workshopId: access.workshopId },
      });
      await emitWorkshopEnded(tx, access.orgId, {
        workshopId: access.workshopId,
        assessmentId,
        recorded: result.answered,
      });
      await emitAssessmentSubmitted(tx, access.orgId, assessmentId, { workshopId: access.workshopId });
      return { assessmentId, seq };
    },
    { timeout: 20_000 },
  );
}

async function lockDraftAssessment(tx: TTx, orgId: string, assessmentId: string) {
  const rows = await tx.$queryRaw<Array<{ status: string }>>`
    SELECT status::text AS status FROM assessments WHERE id = ${assessmentId} AND organization_id = ${orgId} FOR UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND", "Assessment not found.");
  if (rows[0].status !== "DRAFT")
    throw new AppError("INVALID_STATE", "The workshop's assessment was already submitted.");
}

async function writeConsensusAnswers(tx: TTx, workshopId: string, assessmentId: string, userId: string) {
  const items = await tx.workshopItem.findMany({
    where: { workshopId, recordedAt: { not: null } },
    select: { questionId: true, consensusLevel: true, consensusNotSure: true, notes: true },
  });
  for (const item of items) {
    const data = {
      level: item.consensusLevel,
      notSure: item.consensusNotSure,
      notes: item.notes,
      updatedById: userId,
    };
    await tx.answer.upsert({
      where: { assessmentId_questionId: { assessmentId, questionId: item.questionId } },
      create: { assessmentId, questionId: item.questionId, ...data },
      update: data,
    });
  }
}

/**
 * The facilitator cancels the workshop instead of ending it: nothing is submitted, the join code stops
 * working (status ENDED, cancelledAt set) and the draft becomes an ordinary (SOLO) draft again, so the
 * team can finish or submit it without the workshop. Recorded consensuses stay in the workshop summary.
 */
export async function cancelWorkshop(
  access: TWorkshopAccess,
): Promise<{ assessmentId: string; seq: number }> {
  requireFacilitator(access);
  return db.$transaction(async (tx) => {
    const { phase, assessmentId } = await lockWorkshop(tx, access);
    if (phase.status === "ENDED") throw new AppError("INVALID_STATE", "This workshop has already ended.");
    const rows = await tx.$queryRaw<Array<{ status: string }>>`
      SELECT status::text AS status FROM assessments WHERE id = ${assessmentId} AND organization_id = ${access.orgId} FOR UPDATE`;
    if (rows[0]?.status === "DRAFT")
      await tx.assessment.update({ where: { id: assessmentId }, data: { mode: "SOLO" } });
    const now = new Date();
    const seq = await bumpAndNotify(tx, access.workshopId, {
      status: "ENDED",
      endedAt: now,
      cancelledAt: now,
    });
    return { assessmentId, seq };
  });
}
