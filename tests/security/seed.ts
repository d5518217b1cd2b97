/**
 * Seeds the two organizations the tenancy matrix and the fuzzer run against (see fixtures.ts):
 * `sec-home` with one user per role and one object of every kind a route takes an id of, and
 * `sec-away` with the same objects (the "foreign ids") and its own admin. Idempotent; built through
 * the data layer like a real user would. Run by scripts/test.ts after the demo seed.
 */
import { createHash } from "node:crypto";
import { resolveOrgContext } from "@/lib/authz/context";
import type { TOrgRole } from "@/lib/authz/roles";
import { db } from "@/lib/db";
import { startAssessment, submitAssessment } from "@/lib/data/assessments";
import { createCampaign } from "@/lib/data/campaigns";
import { addRequirement, createOutcome } from "@/lib/data/journey-outcomes";
import { createJourney } from "@/lib/data/journeys";
import { createStep } from "@/lib/data/plans";
import { createIteration } from "@/lib/data/plans/iterations";
import { openToRespondents } from "@/lib/data/respondents";
import { createWorkshop } from "@/lib/data/workshops";
import { getModelDefinition } from "@/lib/data/models";
import { hashPassword } from "@/lib/passwords";
import {
  apiTokenFor,
  AWAY,
  HOME,
  INVITE_TOKEN,
  SEC_PASSWORD,
  SEC_USERS,
  removableUser,
  shareTokenFor,
  SPARE_USER,
  tokenCallerToken,
  type TTokenCaller,
} from "./fixtures";

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function user(email: string, passwordHash: string) {
  return db.user.upsert({
    where: { email },
    create: { email, name: email.split("@")[0]!.replace(/^./, (c) => c.toUpperCase()), passwordHash },
    update: {},
    select: { id: true },
  });
}

async function seedOrg(
  slug: string,
  people: { email: string; role: TOrgRole; team?: boolean }[],
  hash: string,
) {
  if (await db.organization.findUnique({ where: { slug }, select: { id: true } })) return false;
  const org = await db.organization.create({
    data: { slug, name: `Security ${slug}` },
    select: { id: true },
  });
  const alpha = await db.team.create({ data: { organizationId: org.id, name: "Alpha", group: "G1" } });
  const beta = await db.team.create({ data: { organizationId: org.id, name: "Beta", group: "G1" } });
  let adminId = "";
  for (const p of people) {
    const u = await user(p.email, hash);
    if (p.role === "ADMIN" && !adminId) adminId = u.id;
    await db.membership.create({ data: { organizationId: org.id, userId: u.id, role: p.role } });
    if (p.team) await db.teamMember.create({ data: { teamId: alpha.id, userId: u.id } });
    const token = apiTokenFor(p.email);
    await db.apiToken.create({
      data: {
        organizationId: org.id,
        userId: u.id,
        kind: "PERSONAL",
        name: "security matrix",
        scope: "WRITE",
        tokenHash: createHash("sha256").update(token, "utf8").digest("hex"),
        prefix: token.slice(0, 12),
      },
    });
  }
  if (slug === HOME) await seedTokenCallers(org.id, adminId, beta.id);
  await seedDisposables(org.id, adminId, hash);
  const ctx = await resolveOrgContext(adminId, slug, "ADMIN");
  const model = await db.maturityModel.findFirstOrThrow({
    where: { key: "cncf-platform-engineering", organizationId: null },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  const definition = await getModelDefinition(model.id);
  const questions = definition.aspects.flatMap((a) => a.questions.map((q) => q.id));

  const submitted = await startAssessment(ctx, {
    teamId: alpha.id,
    modelId: model.id,
    title: "sec submitted",
  });
  await db.answer.createMany({
    data: questions.map((questionId) => ({
      assessmentId: submitted.id,
      questionId,
      level: 2,
      updatedById: adminId,
    })),
  });
  await submitAssessment(ctx, submitted.id);
  // A share link the shared page is called with, and one only the revoke action targets.
  for (const [name, token] of [
    ["sec share", shareTokenFor(slug)],
    ["sec share revocable", `revocable-share-${org.id}`],
  ] as const)
    await db.shareLink.create({
      data: {
        organizationId: org.id,
        kind: "TEAM_RESULTS",
        teamId: alpha.id,
        assessmentId: submitted.id,
        label: name,
        tokenHash: createHash("sha256").update(token, "utf8").digest("hex"),
        createdById: adminId,
        expiresAt: new Date(Date.now() + 30 * 86_400_000),
      },
    });
  await startAssessment(ctx, { teamId: alpha.id, modelId: model.id, title: "sec draft" });
  const collab = await startAssessment(ctx, { teamId: alpha.id, modelId: model.id, title: "sec collab" });
  await openToRespondents(ctx, collab.id);
  await createWorkshop(ctx, { teamId: alpha.id, modelId: model.id, title: "sec workshop" });

  const journey = {
    title: "sec team journey",
    goal: "Reach Scalable.",
    constraints: [],
    startsOn: day(-30),
    endsOn: day(300),
    targets: Object.fromEntries(definition.aspects.map((a) => [a.id, 3])),
  };
  const team = await createJourney(ctx, { ...journey, teamId: alpha.id, modelId: model.id });
  const orgJourney = await createJourney(ctx, {
    ...journey,
    title: "sec org journey",
    teamId: null,
    modelId: model.id,
  });
  // Outcome goals (in creation order: team metric, org checklist, spare one for the delete action).
  const outcome = { baseline: 0, baselineOn: day(-60), target: 20, deadline: day(300) };
  await createOutcome(ctx, team.id, { ...outcome, name: "sec team outcome", unit: "teams" });
  const checklist = await createOutcome(ctx, orgJourney.id, {
    ...outcome,
    kind: "CHECKLIST",
    name: "sec regulations",
    target: 8,
  });
  await addRequirement(ctx, checklist.id, { name: "sec per-team requirement", perTeam: true });
  await createOutcome(ctx, orgJourney.id, { ...outcome, name: "sec spare outcome" });
  // Campaigns (in creation order: the one every route reads, a spare one for the close action).
  for (const title of ["sec campaign", "sec spare campaign"])
    await createCampaign(ctx, {
      title,
      modelId: model.id,
      selection: "ALL",
      opensOn: day(-10),
      dueOn: day(2),
    });
  const iteration = await createIteration(ctx, team.id, {
    name: "sec iteration",
    startsOn: day(-7),
    endsOn: day(80),
  });
  await createIteration(ctx, team.id, { name: "sec next iteration", startsOn: day(81), endsOn: day(170) });
  await createStep(ctx, team.id, {
    title: "sec step",
    aspectId: definition.aspects[0]!.id,
    level: 3,
    iterationId: iteration.id,
    ownerId: adminId,
    dueOn: day(30),
  });
  // Two webhooks (disabled: the worker sends nothing), the first with one failed delivery to redeliver;
  // the second is for the delete action.
  for (const name of ["sec webhook", "sec spare webhook"]) {
    const hook = await db.webhookEndpoint.create({
      data: {
        organizationId: org.id,
        name,
        url: "http://127.0.0.1:9/sec",
        events: ["assessment.submitted"],
        secretEnc: "v1.sealed-nothing",
        enabled: false,
        createdById: adminId,
      },
    });
    if (name !== "sec webhook") continue;
    const event = await db.webhookEvent.create({
      data: { id: `sec-event-${slug}`, organizationId: org.id, type: "assessment.submitted", payload: {} },
    });
    await db.webhookDelivery.create({
      data: { organizationId: org.id, endpointId: hook.id, eventId: event.id, status: "FAILED", attempts: 1 },
    });
  }
  await db.invite.create({
    data: {
      organizationId: org.id,
      role: "MEMBER",
      tokenHash: createHash("sha256")
        .update(INVITE_TOKEN[slug as keyof typeof INVITE_TOKEN])
        .digest("hex"),
      createdById: adminId,
      expiresAt: new Date(Date.now() + 14 * 86_400_000),
    },
  });
  return true;
}

/**
 * Objects only the destructive actions target (remove member, revoke token, revoke invite), so removing
 * or revoking them for real leaves every other route's world as seeded.
 */
async function seedDisposables(organizationId: string, adminId: string, hash: string) {
  const removable = await user(removableUser(await slugOf(organizationId)), hash);
  await db.membership.create({ data: { organizationId, userId: removable.id, role: "MEMBER" } });
  const token = apiTokenFor(`revocable@${organizationId}`);
  await db.apiToken.create({
    data: {
      organizationId,
      userId: adminId,
      kind: "ORG",
      scope: "READ",
      name: "security matrix revocable",
      tokenHash: createHash("sha256").update(token, "utf8").digest("hex"),
      prefix: token.slice(0, 12),
    },
  });
  await db.invite.create({
    data: {
      organizationId,
      role: "MEMBER",
      tokenHash: createHash("sha256").update(`revocable-invite-${organizationId}`).digest("hex"),
      createdById: adminId,
      expiresAt: new Date(Date.now() + 14 * 86_400_000),
    },
  });
}

async function slugOf(organizationId: string) {
  return (await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { slug: true } }))
    .slug;
}

/** The matrix's token callers (fixtures.ts TOKEN_CALLERS), all made by the home admin. */
async function seedTokenCallers(organizationId: string, userId: string, betaTeamId: string) {
  const past = new Date(Date.now() - 86_400_000);
  const rows: Record<Exclude<TTokenCaller, "awayToken">, object> = {
    orgWrite: { kind: "ORG", scope: "WRITE" },
    orgRead: { kind: "ORG", scope: "READ" },
    teamToken: { kind: "PERSONAL", scope: "WRITE", teamId: betaTeamId },
    revoked: { kind: "ORG", scope: "WRITE", revokedAt: past, revokedById: userId },
    expired: { kind: "ORG", scope: "WRITE", expiresAt: past },
  };
  for (const [caller, data] of Object.entries(rows)) {
    const token = tokenCallerToken(caller as TTokenCaller);
    await db.apiToken.create({
      data: {
        organizationId,
        userId,
        kind: "ORG",
        scope: "WRITE",
        name: `security matrix ${caller}`,
        tokenHash: createHash("sha256").update(token, "utf8").digest("hex"),
        prefix: token.slice(0, 12),
        ...data,
      },
    });
  }
}

export async function seedSecurityTenants(log: (line: string) => void = console.log) {
  const hash = await hashPassword(SEC_PASSWORD);
  const home = await seedOrg(
    HOME,
    [
      { email: SEC_USERS.admin, role: "ADMIN" },
      { email: SEC_USERS.facilitator, role: "FACILITATOR" },
      { email: SEC_USERS.lead, role: "LEAD", team: true },
      { email: SEC_USERS.member, role: "MEMBER", team: true },
      { email: SEC_USERS.viewer, role: "VIEWER" },
      { email: SPARE_USER, role: "MEMBER" },
    ],
    hash,
  );
  const away = await seedOrg(AWAY, [{ email: SEC_USERS.otherOrg, role: "ADMIN", team: true }], hash);
  log(`security tenants: ${home ? "created" : "present"} ${HOME}, ${away ? "created" : "present"} ${AWAY}`);
}

if (process.argv[1]?.endsWith("seed.ts"))
  seedSecurityTenants()
    .then(() => db.$disconnect())
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
