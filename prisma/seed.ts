/**
 * Demo data: one organization with a user per role, four teams and a history of submitted
 * assessments, so every page has something to show on first start. Idempotent: an existing demo
 * organization is left as it is (content models are synced on every run).
 */
import { resolveOrgContext } from "@/lib/authz";
import { db } from "@/lib/db";
import { saveAnswer, startAssessment, submitAssessment } from "@/lib/data/assessments";
import { getModelDefinition, syncContentModels } from "@/lib/data/models";
import { loadModelFiles } from "@/lib/model/load";
import { hashPassword } from "@/lib/passwords";
import type { TOrgRole } from "@/lib/roles";

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
  { name: "Payments", description: "Card and bank payments, settlement and refunds." },
  { name: "Checkout", description: "Basket, checkout flow and order placement." },
  { name: "Data Platform", description: "Streaming, warehouse and analytics tooling." },
  { name: "Identity", description: "Sign-in, accounts and access management." },
];

/** Small deterministic generator so the demo looks the same on every machine. */
function rng(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

async function seedHistory(adminId: string, teamIds: Record<string, string>, modelId: string) {
  const ctx = await resolveOrgContext(adminId, DEMO_ORG.slug, "ADMIN");
  const definition = await getModelDefinition(modelId);
  for (const [index, [teamName, teamId]] of Object.entries(teamIds).entries()) {
    const random = rng(index + 7);
    const rounds = teamName === "Payments" ? 1 : 2;
    for (let round = 0; round < rounds; round += 1) {
      const { id } = await startAssessment(ctx, { teamId, modelId, title: `${teamName} · ${round === 0 ? "baseline" : "follow-up"}` });
      for (const aspect of definition.aspects) {
        const base = 1 + Math.floor(random() * 3) + round; // later rounds trend upwards
        for (const question of aspect.questions) {
          const level = Math.max(1, Math.min(4, base + Math.round(random() * 2 - 1)));
          await saveAnswer(ctx, id, { questionId: question.id, level, notSure: false, notes: "", evidenceUrl: "" });
        }
      }
      await submitAssessment(ctx, id);
      const daysAgo = (rounds - round) * 75;
      const when = new Date(Date.now() - daysAgo * 24 * 3600 * 1000);
      await db.assessment.update({ where: { id }, data: { createdAt: when, submittedAt: when } });
    }
  }
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
    teamIds[team.name] = (await db.team.create({ data: { organizationId: org.id, ...team }, select: { id: true } })).id;
  }
  let adminId = "";
  for (const u of DEMO_USERS) {
    const user = await db.user.upsert({
      where: { email: u.email },
      create: { email: u.email, name: u.name, passwordHash },
      update: {},
      select: { id: true },
    });
    if (u.role === "ADMIN") adminId = user.id;
    await db.membership.create({ data: { organizationId: org.id, userId: user.id, role: u.role } });
    for (const teamName of u.teams) await db.teamMember.create({ data: { teamId: teamIds[teamName]!, userId: user.id } });
  }
  const latest = await db.maturityModel.findFirst({ where: { key: "cncf-platform-engineering", organizationId: null }, orderBy: { version: "desc" }, select: { id: true } });
  if (latest) await seedHistory(adminId, teamIds, latest.id);
  log(`demo organization "${DEMO_ORG.name}" created (sign in as ${DEMO_USERS[0]!.email} / ${DEMO_PASSWORD})`);
}
