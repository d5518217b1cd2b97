import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { WORKSHOP_CHANNEL } from "@/lib/realtime/channel";
import { hasRole } from "@/lib/authz/roles";
import { isValidVoteLevel, workshopQuestions } from "@/lib/workshops/questions";
import type { TWorkshopAccess } from "./access";
import { getModelDefinition } from "../models";

export type TVoteInput = Readonly<{ questionId: string; level: number | null; notSure: boolean }>;

function requireParticipant(access: TWorkshopAccess): string {
  if (!access.participantId) throw new AppError("FORBIDDEN", "Join the workshop to vote.");
  // Viewers are read-only everywhere, workshops included (also one demoted after joining).
  if (!access.isGuest && !(access.role && hasRole(access.role, "MEMBER")))
    throw new AppError("FORBIDDEN", "Viewers can follow the workshop but cannot vote.");
  return access.participantId;
}

async function currentQuestion(access: TWorkshopAccess) {
  const row = await db.workshop.findFirst({
    where: { id: access.workshopId, organizationId: access.orgId },
    select: { status: true, questionIndex: true, revealed: true, assessment: { select: { modelId: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "Workshop not found.");
  const question =
    workshopQuestions(await getModelDefinition(row.assessment.modelId))[row.questionIndex] ?? null;
  return { ...row, question };
}

/**
 * Stores (or changes) the caller's vote on the current question. The vote, the seq bump and the
 * NOTIFY are ONE statement guarded by the workshop's phase: if the facilitator revealed or moved on
 * in the meantime, the guard matches no row and nothing is stored (the vote is refused, never lost
 * silently). The vote is durable once this returns.
 */
export async function castVote(access: TWorkshopAccess, input: TVoteInput): Promise<{ seq: number }> {
  const participantId = requireParticipant(access);
  const w = await currentQuestion(access);
  if (w.status !== "RUNNING" || !w.question) throw new AppError("INVALID_STATE", "Voting has not started.");
  if (w.question.id !== input.questionId)
    throw new AppError("INVALID_STATE", "The facilitator has moved to another question.");
  if (w.revealed) throw new AppError("INVALID_STATE", "The votes on this question are already revealed.");
  const level = input.notSure ? null : input.level;
  if (!input.notSure && level === null) throw new AppError("INVALID_INPUT", "Choose a level or “Not sure”.");
  if (!isValidVoteLevel(w.question, level))
    throw new AppError("INVALID_INPUT", `Level ${level} is not an option of this question.`);
  const rows = await db.$queryRaw<Array<{ seq: number }>>`
    WITH w AS (
      UPDATE workshops SET seq = seq + 1, updated_at = now()
      WHERE id = ${access.workshopId} AND status = 'RUNNING' AND NOT revealed AND question_index = ${w.questionIndex}
      RETURNING id, seq
    ), v AS (
      INSERT INTO workshop_votes (workshop_id, participant_id, question_id, level, not_sure, cast_at)
      SELECT w.id, ${participantId}, ${input.questionId}, ${level}::int, ${input.notSure}::boolean, now() FROM w
      ON CONFLICT (workshop_id, participant_id, question_id)
      DO UPDATE SET level = EXCLUDED.level, not_sure = EXCLUDED.not_sure, cast_at = now()
      RETURNING 1
    ), n AS (
      SELECT pg_notify(${WORKSHOP_CHANNEL}, json_build_object('w', w.id, 's', w.seq)::text) FROM w
    )
    SELECT w.seq, (SELECT count(*) FROM v)::int AS stored, (SELECT count(*) FROM n)::int AS notified FROM w`;
  if (!rows[0]) throw new AppError("INVALID_STATE", "Voting on this question has closed.");
  return { seq: Number(rows[0].seq) };
}

/** The caller's own vote on the current question (only ever served to that participant). */
export async function getOwnVote(access: TWorkshopAccess) {
  if (!access.participantId) return null;
  const w = await currentQuestion(access);
  if (!w.question) return null;
  return db.workshopVote.findUnique({
    where: {
      workshopId_participantId_questionId: {
        workshopId: access.workshopId,
        participantId: access.participantId,
        questionId: w.question.id,
      },
    },
    select: { questionId: true, level: true, notSure: true },
  });
}
