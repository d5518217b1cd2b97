/**
 * Export and import of "assessment as code" documents (lib/interop/assessment-code.ts). Import creates a
 * DRAFT for a team (its leads and up), checked like the community result-link import: a preview lists
 * what would be stored and what cannot be placed; nothing placeable means nothing is created.
 */
import "server-only";
import { type OrgContext, requireTeamEditor } from "@/lib/authz/context";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  placeDocumentAnswers,
  toAssessmentDocument,
  type TAssessmentDocument,
} from "@/lib/interop/assessment-code";
import { getAssessment } from "./assessments";
import { getModelVersion } from "./models";

export async function exportAssessmentDocument(ctx: OrgContext, assessmentId: string) {
  const assessment = await getAssessment(ctx, assessmentId);
  return {
    teamId: assessment.team.id,
    document: toAssessmentDocument({
      model: assessment.model,
      modelKey: assessment.model.id,
      modelVersion: assessment.model.version,
      title: assessment.title,
      team: assessment.team.name,
      submittedAt: assessment.submittedAt,
      answers: assessment.answers,
    }),
  };
}

/** What an import would store (no writes). The model must be visible to the organization. */
export async function previewAssessmentDocument(ctx: OrgContext, doc: TAssessmentDocument) {
  const model = await getModelVersion(ctx, doc.model.key, doc.model.version).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND")
      throw new AppError(
        "INVALID_INPUT",
        `Model ${doc.model.key} v${doc.model.version} is not available to this organization.`,
        {
          model: ["unknown model key or version"],
        },
      );
    throw err;
  });
  const placed = placeDocumentAnswers(model.model, doc);
  const total = model.model.aspects.reduce((n, a) => n + a.questions.length, 0);
  return { modelId: model.id, modelTitle: model.model.title, total, ...placed };
}

/** Creates the draft with every placeable answer in one transaction; problems are returned, not stored. */
export async function importAssessmentDocument(
  ctx: OrgContext,
  input: { teamId: string; document: TAssessmentDocument; title?: string },
) {
  const team = await requireTeamEditor(ctx, input.teamId);
  const preview = await previewAssessmentDocument(ctx, input.document);
  if (preview.answers.length === 0)
    throw new AppError("INVALID_INPUT", "None of the document's answers fits this model.", {
      answers: preview.problems.map((p) => `${p.path}: ${p.message}`),
    });
  const title =
    input.title?.trim() || input.document.title?.trim() || `${team.name} · imported · ${isoDay()}`;
  const created = await db.$transaction(async (tx) => {
    const assessment = await tx.assessment.create({
      data: {
        organizationId: ctx.orgId,
        teamId: team.id,
        modelId: preview.modelId,
        title,
        createdById: ctx.userId,
      },
      select: { id: true },
    });
    await tx.answer.createMany({
      data: preview.answers.map((a) => ({ assessmentId: assessment.id, ...a, updatedById: ctx.userId })),
    });
    return assessment;
  });
  return { assessmentId: created.id, imported: preview.answers.length, problems: preview.problems };
}
