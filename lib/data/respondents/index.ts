/**
 * Collaborative assessments, the lead's side: open a draft to respondents, add or remove them, and
 * close answering (which prefills the consensus answers with each question's median). Respondents'
 * own answers live in `responses` (lib/data/respondents/responses.ts); `answers` stays the team's agreed answers.
 */
import "server-only";
import { type OrgContext, requireTeamEditor } from "@/lib/authz/context";
import { canEditTeamAssessments, hasRole } from "@/lib/authz/roles";
import { medianAnswers } from "@/lib/consensus/collective";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getModelDefinition } from "../models";

export type TRespondentsRow = {
  id: string;
  status: string;
  mode: string;
  closedAt: Date | null;
  teamId: string;
  modelId: string;
};

/**
 * Locks the assessment row: FOR SHARE for respondents' saves (they may run in parallel with each other),
 * FOR UPDATE for closing and consensus, so no save can land after answering was closed.
 */
export async function lockRespondentsRow(
  tx: TTx,
  ctx: OrgContext,
  assessmentId: string,
  lock: "share" | "update",
): Promise<TRespondentsRow> {
  const rows =
    lock === "share"
      ? await tx.$queryRaw<TRespondentsRow[]>`
          SELECT id, status::text AS status, mode::text AS mode, responses_closed_at AS "closedAt", team_id AS "teamId", model_id AS "modelId"
          FROM assessments WHERE id = ${assessmentId} AND organization_id = ${ctx.orgId} FOR SHARE`
      : await tx.$queryRaw<TRespondentsRow[]>`
          SELECT id, status::text AS status, mode::text AS mode, responses_closed_at AS "closedAt", team_id AS "teamId", model_id AS "modelId"
          FROM assessments WHERE id = ${assessmentId} AND organization_id = ${ctx.orgId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", "Assessment not found.");
  return row;
}

/** Throws INVALID_STATE (409) unless respondents may still answer. */
export function assertAnsweringOpen(row: TRespondentsRow) {
  if (row.status !== "DRAFT")
    throw new AppError("INVALID_STATE", "This assessment was submitted and is read-only.");
  if (row.mode !== "COLLABORATIVE")
    throw new AppError("INVALID_STATE", "This assessment is not open to respondents.");
  if (row.closedAt) {
    throw new AppError(
      "INVALID_STATE",
      "The lead has closed answering, so answers can no longer change. Everything you saved before is kept.",
    );
  }
}

/** Whether this person may answer: a member of the team with a role that may write (viewers read only). */
export async function isEligibleRespondent(
  client: TTx,
  ctx: OrgContext,
  teamId: string,
  userId = ctx.userId,
) {
  const membership = await client.membership.findFirst({
    where: {
      organizationId: ctx.orgId,
      userId,
      user: { teams: { some: { teamId, team: { organizationId: ctx.orgId } } } },
    },
    select: { role: true },
  });
  return membership !== null && hasRole(membership.role, "MEMBER");
}

/**
 * Turns a solo draft into a collaborative one. Answers already given become their authors' private
 * responses (nothing is lost), and the opener joins as a respondent if they are on the team.
 */
export async function openToRespondents(ctx: OrgContext, assessmentId: string) {
  return db.$transaction(async (tx) => {
    const row = await lockRespondentsRow(tx, ctx, assessmentId, "update");
    await requireTeamEditor(ctx, row.teamId, tx);
    if (row.status !== "DRAFT")
      throw new AppError("INVALID_STATE", "This assessment was submitted and is read-only.");
    if (row.mode === "COLLABORATIVE") return { id: assessmentId };
    if (row.mode !== "SOLO")
      throw new AppError("INVALID_STATE", "This assessment is run as a live workshop.");
    const answers = await tx.answer.findMany({
      where: { assessmentId },
      select: { questionId: true, level: true, notSure: true, notes: true, updatedById: true },
    });
    const authors = new Set(answers.map((a) => a.updatedById));
    if (await isEligibleRespondent(tx, ctx, row.teamId)) authors.add(ctx.userId);
    await tx.assessmentRespondent.createMany({
      data: [...authors].map((userId) => ({ assessmentId, userId, invitedById: ctx.userId })),
      skipDuplicates: true,
    });
    await tx.response.createMany({
      data: answers.map((a) => ({
        assessmentId,
        userId: a.updatedById,
        questionId: a.questionId,
        level: a.level,
        notSure: a.notSure,
        notes: a.notes,
      })),
      skipDuplicates: true,
    });
    await tx.answer.deleteMany({ where: { assessmentId } });
    await tx.assessment.update({ where: { id: assessmentId }, data: { mode: "COLLABORATIVE" } });
    return { id: assessmentId };
  });
}

async function lockForManaging(tx: TTx, ctx: OrgContext, assessmentId: string) {
  const row = await lockRespondentsRow(tx, ctx, assessmentId, "share");
  await requireTeamEditor(ctx, row.teamId, tx);
  assertAnsweringOpen(row);
  return row;
}

/** The lead adds a team member as respondent (idempotent). Viewers and people outside the team cannot answer. */
export async function addRespondent(ctx: OrgContext, assessmentId: string, userId: string) {
  return db.$transaction(async (tx) => {
    const row = await lockForManaging(tx, ctx, assessmentId);
    if (!(await isEligibleRespondent(tx, ctx, row.teamId, userId))) {
      throw new AppError("INVALID_INPUT", "Only members of the team (not viewers) can answer.");
    }
    await tx.assessmentRespondent.createMany({
      data: [{ assessmentId, userId, invitedById: ctx.userId }],
      skipDuplicates: true,
    });
    // Re-adding someone the lead removed lifts the removal.
    await tx.assessmentRespondentRemoval.deleteMany({ where: { assessmentId, userId } });
    return { userId };
  });
}

/** Removes a respondent and their responses, so they no longer count in the distribution. */
export async function removeRespondent(ctx: OrgContext, assessmentId: string, userId: string) {
  return db.$transaction(async (tx) => {
    await lockForManaging(tx, ctx, assessmentId);
    await tx.response.deleteMany({ where: { assessmentId, userId } });
    const { count } = await tx.assessmentRespondent.deleteMany({ where: { assessmentId, userId } });
    if (count === 0) throw new AppError("NOT_FOUND", "Respondent not found.");
    // Recorded, so the removed person's next autosave cannot make them a respondent again.
    await tx.assessmentRespondentRemoval.upsert({
      where: { assessmentId_userId: { assessmentId, userId } },
      create: { assessmentId, userId, removedById: ctx.userId },
      update: { removedById: ctx.userId, removedAt: new Date() },
    });
    return { userId };
  });
}

/**
 * Ends answering. Every question somebody answered gets the respondents' median as the team's answer,
 * unless the lead already recorded one; the lead then adjusts it where the discussion agrees otherwise.
 */
export async function closeAnswering(ctx: OrgContext, assessmentId: string) {
  return db.$transaction(async (tx) => {
    const row = await lockRespondentsRow(tx, ctx, assessmentId, "update");
    await requireTeamEditor(ctx, row.teamId, tx);
    assertAnsweringOpen(row);
    const responses = await tx.response.findMany({
      where: { assessmentId },
      select: { userId: true, questionId: true, level: true, notSure: true },
    });
    if (!responses.some((r) => r.level !== null || r.notSure))
      throw new AppError("INVALID_STATE", "Nobody has answered yet.");
    const model = await getModelDefinition(row.modelId, tx);
    const prefill = medianAnswers(model, responses);
    await tx.answer.createMany({
      data: prefill.map((a) => ({ assessmentId, ...a, updatedById: ctx.userId })),
      skipDuplicates: true, // an answer the lead already recorded wins over the median
    });
    await tx.assessment.update({ where: { id: assessmentId }, data: { responsesClosedAt: new Date() } });
    return { id: assessmentId, prefilled: prefill.length };
  });
}

/** Where a collaborative assessment stands, and what the caller may do with it (no answers in here). */
export async function getRespondentsState(ctx: OrgContext, assessmentId: string) {
  const row = await db.assessment.findFirst({
    where: { id: assessmentId, organizationId: ctx.orgId },
    select: {
      id: true,
      title: true,
      status: true,
      mode: true,
      responsesClosedAt: true,
      modelId: true,
      team: {
        select: {
          id: true,
          name: true,
          members: { where: { userId: ctx.userId }, select: { userId: true } },
        },
      },
      respondents: { where: { userId: ctx.userId }, select: { finishedAt: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Assessment not found.");
  const isTeamMember = row.team.members.length > 0;
  const { team, respondents, ...rest } = row;
  return {
    ...rest,
    team: { id: team.id, name: team.name },
    isTeamMember,
    isRespondent: respondents.length > 0,
    finishedAt: respondents[0]?.finishedAt ?? null,
    isOpen: row.status === "DRAFT" && row.mode === "COLLABORATIVE" && row.responsesClosedAt === null,
    canManage: canEditTeamAssessments(ctx.role, isTeamMember),
    canRespond: isTeamMember && hasRole(ctx.role, "MEMBER"),
  };
}

/**
 * The lead's status view: each respondent with how many questions they answered and whether they
 * finished, plus the team members who could still be added. Counts only: never anyone's answers.
 */
export async function getRespondentStatus(ctx: OrgContext, assessmentId: string) {
  const state = await getRespondentsState(ctx, assessmentId);
  if (!state.canManage)
    throw new AppError(
      "FORBIDDEN",
      "Only the team's leads, facilitators and admins can see who has answered.",
    );
  if (state.mode !== "COLLABORATIVE")
    throw new AppError("NOT_FOUND", "This assessment is not open to respondents.");
  const [model, respondents, counts, teamMembers] = await Promise.all([
    getModelDefinition(state.modelId),
    db.assessmentRespondent.findMany({
      where: { assessmentId, assessment: { organizationId: ctx.orgId } },
      select: {
        userId: true,
        finishedAt: true,
        invitedAt: true,
        user: {
          select: {
            name: true,
            email: true,
            memberships: { where: { organizationId: ctx.orgId }, select: { role: true } },
          },
        },
      },
      orderBy: { invitedAt: "asc" },
    }),
    db.response.groupBy({
      by: ["userId"],
      where: {
        assessmentId,
        assessment: { organizationId: ctx.orgId },
        OR: [{ level: { not: null } }, { notSure: true }],
      },
      _count: { _all: true },
    }),
    db.teamMember.findMany({
      where: { teamId: state.team.id, team: { organizationId: ctx.orgId } },
      select: {
        userId: true,
        user: {
          select: {
            name: true,
            email: true,
            memberships: { where: { organizationId: ctx.orgId }, select: { role: true } },
          },
        },
      },
      orderBy: { user: { name: "asc" } },
    }),
  ]);
  const answered = new Map(counts.map((c) => [c.userId, c._count._all]));
  const taken = new Set(respondents.map((r) => r.userId));
  return {
    ...state,
    totalQuestions: model.aspects.reduce((n, a) => n + a.questions.length, 0),
    respondents: respondents.map((r) => ({
      userId: r.userId,
      // Someone removed from the organization (or who deleted their account) is no longer named here.
      name: r.user.memberships.length > 0 ? r.user.name : "Former member",
      email: r.user.memberships.length > 0 ? r.user.email : "",
      finishedAt: r.finishedAt,
      answered: answered.get(r.userId) ?? 0,
    })),
    addable: teamMembers
      .filter((m) => !taken.has(m.userId) && hasRole(m.user.memberships[0]?.role ?? "", "MEMBER"))
      .map((m) => ({ userId: m.userId, name: m.user.name, email: m.user.email })),
  };
}

/**
 * Where the questionnaire address leads for a collaborative draft: the lead to the status (or, once
 * closed, the consensus), a team member to their own answers. `null` for solo drafts.
 */
export function respondentsRedirect(
  state: Pick<Awaited<ReturnType<typeof getRespondentsState>>, "mode" | "isOpen" | "canManage">,
) {
  if (state.mode !== "COLLABORATIVE") return null;
  if (!state.isOpen) return "consensus";
  return state.canManage ? "respondents" : "respond";
}
