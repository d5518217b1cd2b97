/**
 * An organization's data as one JSON document (ADMIN), and deleting the organization with a typed
 * confirmation (ADMIN). Export holds what the organization wrote: members, teams, its own models (and
 * which built-in ones it used), assessments with answers and frozen scores, journeys with history,
 * plans and workshop summaries. Never secrets: no password hashes, tokens or SSO client secret.
 */
import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import { assertRole } from "@/lib/authz/roles";
import type { TAuditMeta } from "@/lib/audit/events";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { recordAudit } from "../audit";

export const ORG_EXPORT_FORMAT = "stepwise.org-export/v1";

const ONLY_ADMINS = "Only admins can export or delete the organization.";

export async function exportOrgData(ctx: OrgContext, meta: TAuditMeta) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  const orgId = ctx.orgId;
  const [org, members, teams, ownModels, assessments, journeys, workshops] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: orgId },
      select: { id: true, slug: true, name: true, createdAt: true },
    }),
    db.membership.findMany({
      where: { organizationId: orgId },
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.team.findMany({
      where: { organizationId: orgId },
      select: {
        id: true,
        name: true,
        description: true,
        group: true,
        createdAt: true,
        members: { select: { userId: true } },
      },
      orderBy: { name: "asc" },
    }),
    db.maturityModel.findMany({
      where: { organizationId: orgId },
      select: {
        id: true,
        key: true,
        version: true,
        title: true,
        contentHash: true,
        definition: true,
        createdAt: true,
      },
    }),
    db.assessment.findMany({
      where: { organizationId: orgId },
      select: {
        id: true,
        teamId: true,
        title: true,
        status: true,
        mode: true,
        createdById: true,
        createdAt: true,
        submittedById: true,
        submittedAt: true,
        responsesClosedAt: true,
        model: { select: { key: true, version: true } },
        answers: {
          select: {
            questionId: true,
            level: true,
            notSure: true,
            notes: true,
            evidenceUrl: true,
            updatedById: true,
            updatedAt: true,
          },
          orderBy: { questionId: "asc" },
        },
        aspectScores: { select: { aspectId: true, score: true, level: true, answered: true, total: true } },
        responses: {
          where: { assessment: { responsesClosedAt: { not: null } } },
          select: { userId: true, questionId: true, level: true, notSure: true, notes: true },
        },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.journey.findMany({
      where: { organizationId: orgId },
      select: {
        id: true,
        teamId: true,
        title: true,
        goal: true,
        constraints: true,
        startsOn: true,
        endsOn: true,
        status: true,
        createdAt: true,
        model: { select: { key: true, version: true } },
        targets: { select: { aspectId: true, level: true } },
        revisions: {
          select: { version: true, editedById: true, editedAt: true, snapshot: true },
          orderBy: { version: "asc" },
        },
        iterations: {
          select: { id: true, name: true, startsOn: true, endsOn: true, status: true, closedAt: true },
          orderBy: { startsOn: "asc" },
        },
        steps: {
          select: {
            id: true,
            iterationId: true,
            aspectId: true,
            level: true,
            characteristic: true,
            title: true,
            notes: true,
            ownerId: true,
            dueOn: true,
            status: true,
            position: true,
            completedAt: true,
          },
          orderBy: { position: "asc" },
        },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.workshop.findMany({
      where: { organizationId: orgId },
      select: {
        id: true,
        assessmentId: true,
        status: true,
        createdAt: true,
        endedAt: true,
        participants: { select: { userId: true, displayName: true } },
        items: {
          where: { revealedAt: { not: null } },
          select: {
            questionId: true,
            consensusLevel: true,
            consensusNotSure: true,
            notes: true,
            recordedAt: true,
          },
        },
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  await db.$transaction((tx) =>
    recordAudit(
      tx,
      { ...ctx, meta },
      { action: "org.exported", target: { type: "organization", id: orgId, label: org.name } },
    ),
  );
  return {
    format: ORG_EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    organization: org,
    members: members.map((m) => ({ ...m.user, role: m.role, joinedAt: m.createdAt })),
    teams: teams.map(({ members: tm, ...t }) => ({ ...t, memberIds: tm.map((m) => m.userId) })),
    models: ownModels,
    assessments: assessments.map((a) => ({
      ...a,
      aspectScores: a.aspectScores.map((s) => ({ ...s, score: s.score === null ? null : Number(s.score) })),
    })),
    journeys,
    workshops,
  };
}

/**
 * Deletes the organization and everything in it, in one transaction, when `confirmSlug` matches its
 * address exactly. Assessments and journeys go first (their model reference is RESTRICT).
 */
export async function deleteOrganization(ctx: OrgContext, confirmSlug: string) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  if (confirmSlug.trim() !== ctx.orgSlug)
    throw new AppError("INVALID_INPUT", `Type the organization's address "${ctx.orgSlug}" to confirm.`, {
      confirmSlug: ["does not match"],
    });
  await db.$transaction(async (tx) => {
    await tx.assessment.deleteMany({ where: { organizationId: ctx.orgId } });
    await tx.journey.deleteMany({ where: { organizationId: ctx.orgId } });
    await tx.organization.delete({ where: { id: ctx.orgId } });
  });
  // The organization's audit log goes with it; the process log keeps a line.
  logger.warn({ orgId: ctx.orgId, orgSlug: ctx.orgSlug, userId: ctx.userId }, "organization deleted");
}
