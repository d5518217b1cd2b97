import "server-only";
import { type OrgContext, requireTeamEditor } from "@/lib/authz/context";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  pemmAnswersFromUrl,
  pemmMatchScore,
  readPemmUrl,
  type TPemmAnswer,
  type TPemmProblem,
} from "@/lib/interop/pemm-url";
import { recordAudit } from "./audit";
import { listPemmModels } from "./models";

export type TResultImportCheck = Readonly<{
  modelId: string;
  modelTitle: string;
  modelVersion: number;
  answers: TPemmAnswer[];
  problems: TPemmProblem[];
  total: number;
  candidates: Array<{ id: string; title: string; version: number }>;
}>;

/**
 * Reads a shared result link of the community self-assessment against this organization's imported
 * question sets. The model is the chosen one, or else the one that knows most of the link's fields.
 */
export async function checkResultLink(
  ctx: OrgContext,
  input: { url: string; modelId?: string },
): Promise<TResultImportCheck> {
  const url = readPemmUrl(input.url);
  if (!url)
    throw new AppError("INVALID_INPUT", "That is not a result link: it has no answers in it.", {
      url: ["Paste the whole link, e.g. …/pemm-assessment/?investment_1=2&investment_2=3"],
    });
  const models = await listPemmModels(ctx);
  if (models.length === 0)
    throw new AppError(
      "INVALID_STATE",
      "No question set of the community self-assessment has been imported yet. An admin can import one under Model → Import.",
    );
  const ranked = [...models].sort(
    (a, b) => pemmMatchScore(b.model, url) - pemmMatchScore(a.model, url) || b.version - a.version,
  );
  const chosen = input.modelId ? models.find((m) => m.id === input.modelId) : ranked[0];
  if (!chosen) throw new AppError("NOT_FOUND", "Model not found.");
  const { answers, problems } = pemmAnswersFromUrl(chosen.model, url);
  return {
    modelId: chosen.id,
    modelTitle: chosen.model.title,
    modelVersion: chosen.version,
    answers,
    problems,
    total: chosen.model.aspects.reduce((n, a) => n + a.questions.length, 0),
    candidates: ranked.map((m) => ({ id: m.id, title: m.title, version: m.version })),
  };
}

/**
 * Creates a draft assessment for `teamId` holding the link's answers (leads of the team and up).
 * Parameters that cannot be placed are returned to be shown, never stored as answers. One
 * transaction: either the draft with all its answers exists afterwards, or nothing does.
 */
export async function importResultLink(
  ctx: OrgContext,
  input: { teamId: string; url: string; modelId?: string; title?: string },
  meta: TAuditMeta = NO_AUDIT_META,
) {
  const team = await requireTeamEditor(ctx, input.teamId);
  const check = await checkResultLink(ctx, input);
  if (check.answers.length === 0)
    throw new AppError("INVALID_INPUT", "None of the link's parameters is an answer to this question set.", {
      url: check.problems.map((p) => `${p.param}=${p.value}`),
    });
  const title = input.title?.trim() || `${team.name} · imported result · ${isoDay()}`;
  const assessment = await db.$transaction(async (tx) => {
    const created = await tx.assessment.create({
      data: {
        organizationId: ctx.orgId,
        teamId: team.id,
        modelId: check.modelId,
        title,
        createdById: ctx.userId,
      },
      select: { id: true },
    });
    await tx.answer.createMany({
      data: check.answers.map((a) => ({
        assessmentId: created.id,
        questionId: a.questionId,
        level: a.level,
        updatedById: ctx.userId,
      })),
    });
    await recordAudit(
      tx,
      { ...ctx, meta },
      {
        action: "result.imported",
        target: { type: "assessment", id: created.id, label: title },
        details: {
          teamId: team.id,
          modelId: check.modelId,
          answers: check.answers.length,
          skipped: check.problems.length,
          linkHost: linkHost(input.url),
        },
      },
    );
    return created;
  });
  return { assessmentId: assessment.id, imported: check.answers.length, problems: check.problems };
}

/** Only the host of a shared result link goes into the audit log (the query holds the answers). */
function linkHost(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
