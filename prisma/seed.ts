/**
 * Demo data: one organization with a user per role, four teams in two groups, a quarterly history of
 * submitted assessments and two team journeys, so every page has something to show on first start. Idempotent: an existing demo
 * organization is left as it is (content models are synced on every run).
 */
import { resolveOrgContext } from "@/lib/authz/context";
import type { TOrgRole } from "@/lib/authz/roles";
import { db } from "@/lib/db";
import { startAssessment, submitAssessment } from "@/lib/data/assessments";
import { getModelDefinition, syncContentModels } from "@/lib/data/models";
import { loadModelFiles } from "@/lib/model/load";
import { hashPassword } from "@/lib/passwords";
import { seedDemoCampaign } from "./seed-campaigns";
import { seedDemoJourneys } from "./seed-journeys";
import { seedDemoOutcomes } from "./seed-outcomes";
import { seedDemoPlan } from "./seed-plans";

export const DEMO_ORG = { slug: "demo", name: "Acme Platform Co. (demo)" };
export const DEMO_PASSWORD = "stepwise-demo";
export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; role: TOrgRole; teams: string[] }> = [
  { email: "admin@demo.stepwise.test", name: "Ada Admin", role: "ADMIN", teams: [] },
  { email: "facilitator@demo.stepwise.test", name: "Fran Facilitator", role: "FACILITATOR", teams: [] },
  { email: "lead@demo.stepwise.test", name: "Lee Lead", role: "LEAD", teams: ["Payments"] },
  { email: "member@demo.stepwise.test", name: "Max Member", role: "MEMBER", teams: ["Payments"] },
  { email: "exec@demo.stepwise.test", name: "Eve Executive", role: "VIEWER", teams: [] },
];
const TEAMS = [
  { name: "Payments", description: "Card and bank payments, settlement and refunds.", group: "Commerce" },
  { name: "Checkout", description: "Basket, checkout flow and order placement.", group: "Commerce" },
  {
    name: "Data Platform",
    description: "Streaming, warehouse and analytics tooling.",
    group: "Core Platform",
  },
  { name: "Identity", description: "Sign-in, accounts and access management.", group: "Core Platform" },
];
/**
 * Quarterly history per team (oldest first), as quarters before now, so the trends page has data.
 * Identity's latest is two quarters old, so it shows up as stale. Titles stay unique per team:
 * e2e tests follow the single "Checkout · follow-up" link.
 */
const HISTORY: Record<string, { quartersAgo: number[]; draft?: boolean; target?: number }> = {
  Payments: { quartersAgo: [2, 1, 0] },
  Checkout: { quartersAgo: [3, 2, 1, 0] },
  "Data Platform": { quartersAgo: [3, 2, 1, 0], target: 3 },
  Identity: { quartersAgo: [4, 3, 2], draft: true, target: 3 },
};
const DAY_MS = 24 * 3600 * 1000;

/** Small deterministic generator so the demo looks the same on every machine. */
function rng(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const roundTitle = (team: string, round: number, rounds: number) =>
  `${team} · ${round === 0 ? "baseline" : round === rounds - 1 ? "follow-up" : `check-in ${round}`}`;

/** Where the demo teams keep the evidence for each aspect (an internal wiki; never fetched). */
const EVIDENCE_PAGES: Record<string, string> = {
  investment: "https://wiki.demo.stepwise.test/platform/funding",
  adoption: "https://wiki.demo.stepwise.test/platform/adoption-report",
  interfaces: "https://wiki.demo.stepwise.test/platform/golden-paths",
  operations: "https://wiki.demo.stepwise.test/platform/runbooks",
  measurement: "https://wiki.demo.stepwise.test/platform/metrics",
};

async function seedHistory(adminId: string, teamIds: Record<string, string>, modelId: string) {
  const ctx = await resolveOrgContext(adminId, DEMO_ORG.slug, "ADMIN");
  const definition = await getModelDefinition(modelId);
  const now = Date.now();
  for (const [index, [teamName, teamId]] of Object.entries(teamIds).entries()) {
    const random = rng(index + 7);
    const evidenceRandom = rng(index + 101); // its own stream: the seeded levels stay as they were
    const plan = HISTORY[teamName] ?? { quartersAgo: [0] };
    const rounds = plan.quartersAgo.length;
    const base = Object.fromEntries(definition.aspects.map((a) => [a.id, 1 + Math.floor(random() * 2)]));
    for (const [round, quartersAgo] of plan.quartersAgo.entries()) {
      const { id } = await startAssessment(ctx, {
        teamId,
        modelId,
        title: roundTitle(teamName, round, rounds),
      });
      const when = new Date(now - (quartersAgo * 91 + 6 + index) * DAY_MS);
      // Evidence as teams really keep it: most aspects linked to a page checked when the round was
      // answered, some with none; older rounds' evidence has gone stale by now (confidence markers).
      const evidenceOf = Object.fromEntries(
        definition.aspects.map((a) => [a.id, evidenceRandom() < 0.75 ? EVIDENCE_PAGES[a.id] : undefined]),
      );
      const answers = definition.aspects.flatMap((aspect) =>
        aspect.questions.map((question) => ({
          assessmentId: id,
          questionId: question.id,
          ...(evidenceOf[aspect.id]
            ? {
                evidenceUrl: `${evidenceOf[aspect.id]}#${question.id}`,
                evidenceCheckedOn: new Date(`${when.toISOString().slice(0, 10)}T00:00:00Z`),
              }
            : {}),
          // later rounds trend upwards, with noise so some aspects also fall back
          level: Math.max(
            1,
            Math.min(4, base[aspect.id]! + Math.floor(round * 0.7) + Math.round(random() * 2 - 1)),
          ),
          updatedById: adminId,
        })),
      );
      await db.answer.createMany({ data: answers });
      await submitAssessment(ctx, id);
      await db.assessment.update({ where: { id }, data: { createdAt: when, submittedAt: when } });
    }
    if (plan.draft)
      await startAssessment(ctx, { teamId, modelId, title: `${teamName} · draft (not on dashboards)` });
    if (plan.target)
      await seedJourney(
        adminId,
        ctx.orgId,
        teamId,
        modelId,
        definition.aspects.map((a) => a.id),
        plan.target,
      );
  }
}

/** An ACTIVE journey with one target per aspect, so the overview's "median target" has data. */
async function seedJourney(
  adminId: string,
  orgId: string,
  teamId: string,
  modelId: string,
  aspectIds: string[],
  level: number,
) {
  const targets = Object.fromEntries(aspectIds.map((id) => [id, level]));
  const fields = {
    title: "Reach Scalable",
    goal: "Self-service for the common paths, measured.",
    constraints: [] as string[],
  };
  const journey = await db.journey.create({
    data: {
      organizationId: orgId,
      teamId,
      modelId,
      createdById: adminId,
      status: "ACTIVE",
      version: 1,
      ...fields,
    },
    select: { id: true },
  });
  await db.journeyTarget.createMany({
    data: aspectIds.map((aspectId) => ({ journeyId: journey.id, aspectId, level })),
  });
  await db.journeyRevision.create({
    data: {
      journeyId: journey.id,
      version: 1,
      editedById: adminId,
      snapshot: { ...fields, startsOn: null, endsOn: null, targets },
    },
  });
}

export async function seedDemo(log: (line: string) => void = console.log) {
  const synced = await syncContentModels(loadModelFiles().map((f) => f.model));
  log(`models: ${synced.map((s) => `${s.key} v${s.version} (${s.status})`).join(", ")}`);

  if (await db.organization.findUnique({ where: { slug: DEMO_ORG.slug }, select: { id: true } })) {
    log("demo organization already present: left unchanged");
    return;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const org = await db.organization.create({ data: DEMO_ORG, select: { id: true } });
  const teamIds: Record<string, string> = {};
  for (const team of TEAMS) {
    teamIds[team.name] = (
      await db.team.create({ data: { organizationId: org.id, ...team }, select: { id: true } })
    ).id;
  }
  let adminId = "";
  for (const u of DEMO_USERS) {
    const user = await db.user.upsert({
      where: { email: u.email },
      create: { email: u.email, name: u.name, passwordHash, emailVerified: new Date() },
      update: {},
      select: { id: true },
    });
    if (u.role === "ADMIN") adminId = user.id;
    await db.membership.create({ data: { organizationId: org.id, userId: user.id, role: u.role } });
    for (const teamName of u.teams)
      await db.teamMember.create({ data: { teamId: teamIds[teamName]!, userId: user.id } });
  }
  const latest = await db.maturityModel.findFirst({
    where: { key: "cncf-platform-engineering", organizationId: null },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (latest) await seedHistory(adminId, teamIds, latest.id);
  await seedDemoJourneys(DEMO_ORG.slug, log);
  await seedDemoPlan(DEMO_ORG.slug, log);
  await seedDemoOutcomes(DEMO_ORG.slug, log);
  await seedDemoCampaign(DEMO_ORG.slug, log);
  log(`demo organization "${DEMO_ORG.name}" created (sign in as ${DEMO_USERS[0]!.email} / ${DEMO_PASSWORD})`);
}
