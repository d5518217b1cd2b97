import "server-only";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { type OrgContext, requireTeam, requireTeamEditor } from "@/lib/authz/context";
import { assertRole, canEditJourney } from "@/lib/authz/roles";
import { isoDayOrNull } from "@/lib/dates";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  checkJourneyTargets,
  parseJourneySnapshot,
  ZJourneyInput,
  type TJourneyInput,
  type TJourneyInputRaw,
  type TJourneySnapshot,
} from "@/lib/journeys/schemas";
import type { TMaturityModel } from "@/lib/model/schema";
import { getModelDefinition, requireUsableModel } from "./models";

export type TJourneyStatus = "ACTIVE" | "ARCHIVED";

export const JOURNEY_CONFLICT_MESSAGE =
  "Someone else changed this journey while you were editing. Your changes were not saved; the form now shows the latest version.";

const summarySelect = {
  id: true,
  teamId: true,
  title: true,
  goal: true,
  status: true,
  startsOn: true,
  endsOn: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  targets: { select: { aspectId: true, level: true } },
  model: { select: { id: true, key: true, version: true, title: true } },
} as const satisfies Prisma.JourneySelect;

const targetsRecord = (rows: ReadonlyArray<{ aspectId: string; level: number }>) =>
  Object.fromEntries(rows.map((t) => [t.aspectId, t.level]));

/** Team journeys: the team's editors (lead of the team, facilitator, admin). Org-wide: facilitators and admins. */
export async function requireJourneyEditor(ctx: OrgContext, teamId: string | null) {
  if (teamId !== null) return requireTeamEditor(ctx, teamId);
  assertRole(ctx, "FACILITATOR", "Only facilitators and admins can change organization-wide journeys.");
  return null;
}

/** Whether the caller may create or edit journeys of this team (null = the whole organization). */
export async function canEditJourneys(ctx: OrgContext, teamId: string | null) {
  if (teamId === null) return canEditJourney(ctx.role, null);
  const team = await requireTeam(ctx, teamId);
  return canEditJourney(ctx.role, team.isMember);
}

/** Parses raw input (form post, seed or test object) and checks the targets against the model. */
function parseJourneyInput(model: TMaturityModel, raw: TJourneyInputRaw): TJourneyInput {
  const parsed = ZJourneyInput.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    throw new AppError(
      "INVALID_INPUT",
      "Please fix the highlighted fields.",
      fieldErrors as Record<string, string[]>,
    );
  }
  const targetErrors = checkJourneyTargets(model, parsed.data.targets);
  if (targetErrors) throw new AppError("INVALID_INPUT", targetErrors.targets![0]!, targetErrors);
  return parsed.data;
}

const toSnapshot = (input: TJourneyInput): TJourneySnapshot => ({
  title: input.title,
  goal: input.goal,
  constraints: input.constraints,
  startsOn: input.startsOn,
  endsOn: input.endsOn,
  targets: input.targets,
});
const toDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);
const journeyFields = (input: TJourneyInput) => ({
  title: input.title,
  goal: input.goal,
  constraints: input.constraints,
  startsOn: toDate(input.startsOn),
  endsOn: toDate(input.endsOn),
});
const targetRows = (journeyId: string, input: TJourneyInput) =>
  Object.entries(input.targets).map(([aspectId, level]) => ({ journeyId, aspectId, level }));

/**
 * Serialises status changes per team (or per organization for org-wide journeys) so two concurrent
 * creates cannot both leave an ACTIVE journey: the schema has no partial unique index for this.
 */
async function lockScope(tx: TTx, ctx: OrgContext, teamId: string | null) {
  if (teamId)
    await tx.$queryRaw`SELECT id FROM teams WHERE id = ${teamId} AND organization_id = ${ctx.orgId} FOR UPDATE`;
  else await tx.$queryRaw`SELECT id FROM organizations WHERE id = ${ctx.orgId} FOR UPDATE`;
}

async function archiveActive(tx: TTx, ctx: OrgContext, teamId: string | null, exceptId?: string) {
  await tx.journey.updateMany({
    where: {
      organizationId: ctx.orgId,
      teamId,
      status: "ACTIVE",
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    data: { status: "ARCHIVED" },
  });
}

/** A team's journeys (teamId null: the organization-wide ones), the active one first, then newest first. */
export async function listJourneys(ctx: OrgContext, teamId: string | null) {
  if (teamId !== null) await requireTeam(ctx, teamId);
  const rows = await db.journey.findMany({
    where: { organizationId: ctx.orgId, teamId },
    select: { ...summarySelect, _count: { select: { revisions: true } } },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
  });
  const definitions = new Map(
    await Promise.all(
      [...new Set(rows.map((r) => r.model.id))].map(
        async (id) => [id, await getModelDefinition(id)] as const,
      ),
    ),
  );
  return rows.map(({ targets, _count, ...rest }) => ({
    ...rest,
    targets: targetsRecord(targets),
    revisionCount: _count.revisions,
    definition: definitions.get(rest.model.id)!,
  }));
}

/** Every journey of the organization (team and organization-wide), newest first, for the API. */
export async function listOrgJourneys(ctx: OrgContext) {
  const rows = await db.journey.findMany({
    where: { organizationId: ctx.orgId },
    select: summarySelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(({ targets, ...rest }) => ({ ...rest, targets: targetsRecord(targets) }));
}

/** The ACTIVE journey of a team (null = organization-wide), or null when there is none. */
export async function findActiveJourney(ctx: OrgContext, teamId: string | null) {
  const row = await db.journey.findFirst({
    where: { organizationId: ctx.orgId, teamId, status: "ACTIVE" },
    select: summarySelect,
    orderBy: { createdAt: "desc" },
  });
  if (!row) return null;
  return { ...row, targets: targetsRecord(row.targets), definition: await getModelDefinition(row.model.id) };
}

/** One journey with targets, team, model definition and edit history; NOT_FOUND for other organizations' ids. */
export async function getJourney(ctx: OrgContext, journeyId: string) {
  const row = await db.journey.findFirst({
    where: { id: journeyId, organizationId: ctx.orgId },
    select: {
      ...summarySelect,
      constraints: true,
      team: {
        select: {
          id: true,
          name: true,
          members: { where: { userId: ctx.userId }, select: { userId: true } },
        },
      },
      revisions: {
        select: { version: true, editedAt: true, editedById: true, snapshot: true },
        orderBy: { version: "desc" },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Journey not found.");
  const editorIds = [...new Set(row.revisions.map((r) => r.editedById))];
  // Names only of people still in this organization: user rows are global.
  const editors = await db.user.findMany({
    where: { id: { in: editorIds }, memberships: { some: { organizationId: ctx.orgId } } },
    select: { id: true, name: true },
  });
  const names = new Map(editors.map((u) => [u.id, u.name]));
  const { team, revisions, targets, ...rest } = row;
  const canEdit = canEditJourney(ctx.role, team ? team.members.length > 0 : null);
  return {
    ...rest,
    startsOn: isoDayOrNull(row.startsOn),
    endsOn: isoDayOrNull(row.endsOn),
    targets: targetsRecord(targets),
    team: team ? { id: team.id, name: team.name } : null,
    definition: await getModelDefinition(row.model.id),
    revisions: revisions.map((r) => ({
      version: r.version,
      editedAt: r.editedAt,
      editedByName: names.get(r.editedById) ?? "Former member",
      snapshot: parseJourneySnapshot(r.snapshot),
    })),
    canEdit,
  };
}
export type TJourneyDetail = Awaited<ReturnType<typeof getJourney>>;

/**
 * Creates a journey (revision 1) and makes it the ACTIVE one: the team's (or organization's)
 * previous ACTIVE journey is archived in the same transaction.
 */
export async function createJourney(
  ctx: OrgContext,
  input: TJourneyInputRaw & { teamId: string | null; modelId: string },
) {
  const teamId = input.teamId ?? null;
  await requireJourneyEditor(ctx, teamId);
  const model = await requireUsableModel(ctx, input.modelId);
  const data = parseJourneyInput(await getModelDefinition(model.id), input);
  return db.$transaction(async (tx) => {
    await lockScope(tx, ctx, teamId);
    await archiveActive(tx, ctx, teamId);
    const journey = await tx.journey.create({
      data: {
        organizationId: ctx.orgId,
        teamId,
        modelId: model.id,
        createdById: ctx.userId,
        status: "ACTIVE",
        version: 1,
        ...journeyFields(data),
      },
      select: { id: true },
    });
    await tx.journeyTarget.createMany({ data: targetRows(journey.id, data) });
    await tx.journeyRevision.create({
      data: { journeyId: journey.id, version: 1, editedById: ctx.userId, snapshot: toSnapshot(data) },
    });
    return { id: journey.id, version: 1 };
  });
}

async function requireJourneyRow(ctx: OrgContext, journeyId: string) {
  const row = await db.journey.findFirst({
    where: { id: journeyId, organizationId: ctx.orgId },
    select: { id: true, teamId: true, modelId: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "Journey not found.");
  return row;
}

/**
 * Saves an edit if nobody saved one since `expectedVersion` (optimistic concurrency), bumps the
 * version and records the new state as a revision, all in one transaction.
 */
export async function updateJourney(
  ctx: OrgContext,
  journeyId: string,
  input: TJourneyInputRaw,
  expectedVersion: number,
) {
  const row = await requireJourneyRow(ctx, journeyId);
  await requireJourneyEditor(ctx, row.teamId);
  const data = parseJourneyInput(await getModelDefinition(row.modelId), input);
  return db.$transaction(async (tx) => {
    const { count } = await tx.journey.updateMany({
      where: { id: journeyId, organizationId: ctx.orgId, version: expectedVersion },
      data: { ...journeyFields(data), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", JOURNEY_CONFLICT_MESSAGE);
    const version = expectedVersion + 1;
    await tx.journeyTarget.deleteMany({ where: { journeyId } });
    await tx.journeyTarget.createMany({ data: targetRows(journeyId, data) });
    await tx.journeyRevision.create({
      data: { journeyId, version, editedById: ctx.userId, snapshot: toSnapshot(data) },
    });
    return { id: journeyId, teamId: row.teamId, version };
  });
}

/** Archives a journey, or makes it the ACTIVE one (archiving the team's other ACTIVE journey). */
export async function setJourneyStatus(ctx: OrgContext, journeyId: string, status: TJourneyStatus) {
  const row = await requireJourneyRow(ctx, journeyId);
  await requireJourneyEditor(ctx, row.teamId);
  await db.$transaction(async (tx) => {
    await lockScope(tx, ctx, row.teamId);
    if (status === "ACTIVE") await archiveActive(tx, ctx, row.teamId, journeyId);
    await tx.journey.updateMany({ where: { id: journeyId, organizationId: ctx.orgId }, data: { status } });
  });
  return { id: journeyId, teamId: row.teamId, status };
}
