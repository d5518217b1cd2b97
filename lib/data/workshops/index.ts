import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@prisma/client";
import { type OrgContext, requireTeam } from "@/lib/authz/context";
import { assertRole } from "@/lib/authz/roles";
import { isoDay } from "@/lib/dates";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { encodeJoinCode, formatJoinCode, JOIN_CODE_BYTES } from "@/lib/workshops/join-code";
import { requireUsableModel } from "../models";

/** How long a workshop (its join code, its guests' access) lives if nobody ends it. */
export const WORKSHOP_LIFETIME_HOURS = 12;

const ONLY_FACILITATORS = "Only facilitators and admins run workshops.";

export type TCreateWorkshopInput = Readonly<{
  teamId?: string;
  modelId?: string;
  assessmentId?: string;
  title?: string;
  timerSeconds?: number | null;
}>;

/**
 * Creates a workshop with a fresh join code: for an existing draft (`assessmentId`, which becomes a
 * WORKSHOP-mode assessment) or for a team and model (a new WORKSHOP-mode draft). Facilitators and admins.
 */
export async function createWorkshop(ctx: OrgContext, input: TCreateWorkshopInput): Promise<{ id: string }> {
  assertRole(ctx, "FACILITATOR", ONLY_FACILITATORS);
  const expiresAt = new Date(Date.now() + WORKSHOP_LIFETIME_HOURS * 3600_000);
  for (let attempt = 0; ; attempt += 1) {
    try {
      // One transaction: the draft is locked while it turns into a workshop draft, so a concurrent
      // submit or "open to respondents" either runs first (and this refuses) or waits and sees WORKSHOP.
      return await db.$transaction(async (tx) => {
        const assessmentId = input.assessmentId
          ? await attachDraft(tx, ctx, input.assessmentId)
          : await newWorkshopDraft(tx, ctx, input);
        return tx.workshop.create({
          data: {
            organizationId: ctx.orgId,
            assessmentId,
            facilitatorId: ctx.userId,
            expiresAt,
            joinCode: encodeJoinCode(randomBytes(JOIN_CODE_BYTES)),
            timerSeconds: input.timerSeconds ?? null,
          },
          select: { id: true },
        });
      });
    } catch (err) {
      const target =
        err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002"
          ? String(err.meta?.target ?? "")
          : "";
      if (target.includes("assessment"))
        throw new AppError("CONFLICT", "This assessment already has a workshop.");
      // A join-code collision (2^-50 per pair) is retried with a new code.
      if (!target || attempt >= 3) throw err;
    }
  }
}

async function newWorkshopDraft(tx: TTx, ctx: OrgContext, input: TCreateWorkshopInput): Promise<string> {
  if (!input.teamId || !input.modelId) throw new AppError("INVALID_INPUT", "Choose a team and a model.");
  const team = await requireTeam(ctx, input.teamId, tx);
  const model = await requireUsableModel(ctx, input.modelId);
  const title = input.title?.trim() || `${team.name} · workshop ${isoDay()}`;
  const row = await tx.assessment.create({
    data: {
      organizationId: ctx.orgId,
      teamId: team.id,
      modelId: model.id,
      title,
      mode: "WORKSHOP",
      createdById: ctx.userId,
    },
    select: { id: true },
  });
  return row.id;
}

async function attachDraft(tx: TTx, ctx: OrgContext, assessmentId: string): Promise<string> {
  // FOR UPDATE: the same lock submitAssessment and openToRespondents take.
  await tx.$queryRaw`SELECT id FROM assessments WHERE id = ${assessmentId} AND organization_id = ${ctx.orgId} FOR UPDATE`;
  const row = await tx.assessment.findFirst({
    where: { id: assessmentId, organizationId: ctx.orgId },
    select: { id: true, status: true, mode: true, workshop: { select: { id: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "Assessment not found.");
  if (row.status !== "DRAFT")
    throw new AppError("INVALID_STATE", "Only a draft assessment can be run as a workshop.");
  if (row.workshop) throw new AppError("CONFLICT", "This assessment already has a workshop.");
  if (row.mode === "COLLABORATIVE")
    throw new AppError(
      "INVALID_STATE",
      "This assessment collects private responses; it cannot also be a workshop.",
    );
  await tx.assessment.update({ where: { id: row.id }, data: { mode: "WORKSHOP" } });
  return row.id;
}

/** The organization's workshops, newest first. */
export async function listWorkshops(ctx: OrgContext) {
  const rows = await db.workshop.findMany({
    where: { organizationId: ctx.orgId },
    select: {
      id: true,
      status: true,
      createdAt: true,
      endedAt: true,
      expiresAt: true,
      assessment: {
        select: { id: true, title: true, status: true, team: { select: { id: true, name: true } } },
      },
      _count: { select: { participants: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return rows.map(({ _count, ...row }) => ({ ...row, participantCount: _count.participants }));
}

/** What the facilitator console needs beyond the public state: the join code and the assessment. */
export async function getWorkshopConsole(ctx: OrgContext, workshopId: string) {
  assertRole(ctx, "FACILITATOR", ONLY_FACILITATORS);
  const row = await db.workshop.findFirst({
    where: { id: workshopId, organizationId: ctx.orgId },
    select: {
      id: true,
      joinCode: true,
      status: true,
      expiresAt: true,
      assessment: {
        select: {
          id: true,
          title: true,
          status: true,
          modelId: true,
          team: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Workshop not found.");
  const isJoinable = row.status !== "ENDED" && row.expiresAt > new Date();
  return { ...row, modelId: row.assessment.modelId, joinCode: formatJoinCode(row.joinCode), isJoinable };
}
