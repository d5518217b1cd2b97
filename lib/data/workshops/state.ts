import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { projectPublicState, type TPublicState } from "@/lib/workshops/public-state";
import { workshopQuestions } from "@/lib/workshops/questions";
import type { TWorkshopAccess } from "./access";
import { getModelDefinition } from "../models";
import type { TMaturityModel } from "@/lib/model/schema";

/**
 * The public state of a workshop, as every participant sees it. Called by the realtime hub, which
 * has checked each subscriber's access (lib/data/workshops/access.ts) before subscribing it, and by
 * `getPublicState`. Vote values are dropped by projectPublicState unless revealed. Null if deleted.
 */
export async function loadPublicState(workshopId: string): Promise<TPublicState | null> {
  const row = await db.workshop.findUnique({
    where: { id: workshopId },
    select: {
      id: true,
      seq: true,
      status: true,
      questionIndex: true,
      revealed: true,
      questionStartedAt: true,
      timerSeconds: true,
      endedAt: true,
      assessment: { select: { title: true, modelId: true, team: { select: { name: true } } } },
      participants: { select: { id: true, displayName: true, userId: true }, orderBy: { joinedAt: "asc" } },
      items: {
        select: {
          questionId: true,
          consensusLevel: true,
          consensusNotSure: true,
          consensusVersion: true,
          notes: true,
          recordedAt: true,
        },
      },
    },
  });
  if (!row) return null;
  const model = await getModelDefinition(row.assessment.modelId);
  const question = workshopQuestions(model)[row.questionIndex];
  const votes = question
    ? await db.workshopVote.findMany({
        where: { workshopId, questionId: question.id },
        select: { participantId: true, level: true, notSure: true },
        orderBy: { castAt: "asc" },
      })
    : [];
  const item = question ? row.items.find((i) => i.questionId === question.id && i.recordedAt) : undefined;
  return projectPublicState({
    workshop: row,
    title: row.assessment.title,
    teamName: row.assessment.team.name,
    model,
    participants: row.participants.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      isGuest: p.userId === null,
    })),
    votes,
    consensus: item
      ? {
          level: item.consensusLevel,
          notSure: item.consensusNotSure,
          notes: item.notes,
          version: item.consensusVersion,
        }
      : null,
    recordedQuestionIds: row.items.filter((i) => i.recordedAt).map((i) => i.questionId),
    now: new Date(),
  });
}

/** The public state for an authorised caller (API and first page render). */
export async function getPublicState(access: TWorkshopAccess): Promise<TPublicState> {
  const state = await loadPublicState(access.workshopId);
  if (!state) throw new AppError("NOT_FOUND", "Workshop not found.");
  return state;
}

/** The model of the workshop's assessment, for pages that show its texts in the reader's language. */
export async function getWorkshopModel(access: TWorkshopAccess): Promise<TMaturityModel> {
  const row = await db.workshop.findFirst({
    where: { id: access.workshopId, organizationId: access.orgId },
    select: { assessment: { select: { modelId: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "Workshop not found.");
  return getModelDefinition(row.assessment.modelId);
}
