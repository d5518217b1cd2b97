import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assessmentPath } from "@/lib/paths";
import { localizeModel } from "@/lib/model/localize";
import { buildWorkshopSummary } from "@/lib/workshops/summary";
import { workshopQuestions } from "@/lib/workshops/questions";
import type { TWorkshopAccess } from "./access";
import { getModelDefinition } from "../models";

/**
 * The printable summary: participants, spread per revealed question, consensus and notes; the model's
 * texts in `locale` where the model has them.
 */
export async function getWorkshopSummary(access: TWorkshopAccess, locale = "en") {
  const row = await db.workshop.findFirst({
    where: { id: access.workshopId, organizationId: access.orgId },
    select: {
      id: true,
      status: true,
      createdAt: true,
      endedAt: true,
      assessment: {
        select: {
          id: true,
          title: true,
          status: true,
          modelId: true,
          team: { select: { name: true } },
          organization: { select: { slug: true } },
        },
      },
      participants: { select: { id: true, displayName: true, userId: true }, orderBy: { joinedAt: "asc" } },
      items: {
        select: {
          questionId: true,
          revealedAt: true,
          recordedAt: true,
          consensusLevel: true,
          consensusNotSure: true,
          notes: true,
        },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Workshop not found.");
  const revealedIds = row.items.filter((i) => i.revealedAt).map((i) => i.questionId);
  // Only revealed questions' votes are read at all: unrevealed votes never leave the database.
  const votes = await db.workshopVote.findMany({
    where: { workshopId: row.id, questionId: { in: revealedIds } },
    select: { questionId: true, level: true, notSure: true },
  });
  const model = localizeModel(await getModelDefinition(row.assessment.modelId), locale);
  const levels = model.levels.map((l) => ({ level: l.level, name: l.name }));
  const { organization, modelId: _modelId, ...assessment } = row.assessment;
  return {
    id: row.id,
    status: row.status,
    createdAt: row.createdAt,
    endedAt: row.endedAt,
    modelTitle: `${model.title} v${model.version}`,
    levels,
    assessment,
    // Guests get no links into the organization.
    resultsHref: access.isGuest ? null : assessmentPath(organization.slug, row.assessment.id, "results"),
    participants: row.participants.map((p) => ({
      id: p.id,
      name: p.displayName,
      isGuest: p.userId === null,
    })),
    ...buildWorkshopSummary({ questions: workshopQuestions(model), levels, items: row.items, votes }),
  };
}
