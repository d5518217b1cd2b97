/**
 * The CNCF model's worked example as the demo's organization-wide journey: a platform centre of
 * excellence that must "onboard 20 teams within 20 months and enforce 8 security regulations", with its
 * maturity targets. Built through the DAL: the 20-team outcome has a year of monthly check-ins (dates
 * relative to today, so the forecast stays live), the 8 regulations have mixed status, and one of them
 * is tracked per team. Idempotent: does nothing when the organization already has an org-wide journey.
 */
import { isoDay } from "@/lib/dates";
import { resolveOrgContext } from "@/lib/authz/context";
import { db } from "@/lib/db";
import {
  addCheckIn,
  addRequirement,
  createOutcome,
  setTeamRequirementStatus,
} from "@/lib/data/journey-outcomes";
import { createJourney } from "@/lib/data/journeys";

const MODEL_KEY = "cncf-platform-engineering";
export const COE_JOURNEY_TITLE = "Platform centre of excellence";

const REGULATIONS: ReadonlyArray<{
  name: string;
  status: "NOT_STARTED" | "IN_PROGRESS" | "DONE";
  dueInMonths: number;
  evidence?: string;
  perTeam?: boolean;
}> = [
  {
    name: "Secrets kept in the vault, none in repositories",
    status: "DONE",
    dueInMonths: -6,
    evidence: "https://wiki.example.com/security/secrets-audit",
  },
  {
    name: "Container images signed and verified at deploy",
    status: "DONE",
    dueInMonths: -3,
    evidence: "Admission policy enforced in every cluster since March",
  },
  {
    name: "Dependencies scanned on every build",
    status: "DONE",
    dueInMonths: -1,
    evidence: "https://ci.example.com/policies/dependency-scan",
  },
  { name: "SBOM published for every release", status: "IN_PROGRESS", dueInMonths: 1 },
  { name: "Least-privilege cloud roles per service", status: "IN_PROGRESS", dueInMonths: -1 },
  { name: "Audit logs retained for one year", status: "NOT_STARTED", dueInMonths: 3 },
  { name: "Encryption at rest for every data store", status: "NOT_STARTED", dueInMonths: 5 },
  {
    name: "Production access through break-glass only",
    status: "NOT_STARTED",
    dueInMonths: 6,
    perTeam: true,
  },
];

/** 12 monthly check-ins: slightly ahead of one team a month. */
const ONBOARDED = [1, 2, 3, 4, 6, 7, 8, 9, 10, 12, 13, 14];

function isoMonthsFrom(base: Date, months: number): string {
  const d = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + months, 1));
  return isoDay(d);
}

export async function seedDemoOutcomes(
  orgSlug: string,
  log: (line: string) => void = console.log,
  now = new Date(),
) {
  const admin = await db.membership.findFirst({
    where: { organization: { slug: orgSlug }, role: "ADMIN" },
    select: { userId: true, organizationId: true },
    orderBy: { createdAt: "asc" },
  });
  const model = await db.maturityModel.findFirst({
    where: { key: MODEL_KEY, organizationId: null },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (!admin || !model) return log(`outcomes: skipped (no admin or ${MODEL_KEY} model in ${orgSlug})`);
  const existing = await db.journey.count({ where: { organizationId: admin.organizationId, teamId: null } });
  if (existing > 0) return log("outcomes: the organization already has an org-wide journey: left unchanged");

  const ctx = await resolveOrgContext(admin.userId, orgSlug, "ADMIN");
  const start = isoMonthsFrom(now, -13);
  const journey = await createJourney(ctx, {
    teamId: null,
    modelId: model.id,
    title: COE_JOURNEY_TITLE,
    goal: "Onboard 20 teams within 20 months and enforce 8 security regulations, with a centrally funded platform team: lay the foundation first and do technical due diligence in parallel.",
    constraints: ["Centrally funded team of 6", "Regulations must be auditable by the compliance office"],
    startsOn: start,
    endsOn: isoMonthsFrom(now, 7),
    targets: { investment: 3, adoption: 3, interfaces: 3, operations: 3, measurement: 2 },
  });
  const teams = await createOutcome(ctx, journey.id, {
    name: "Teams onboarded",
    unit: "teams",
    baseline: 0,
    baselineOn: start,
    target: 20,
    deadline: isoMonthsFrom(now, 7),
  });
  for (const [i, value] of ONBOARDED.entries())
    await addCheckIn(
      ctx,
      teams.id,
      { value, checkedOn: isoMonthsFrom(now, i - 12), note: i === 4 ? "Payments and Checkout together" : "" },
      now,
    );
  const regulations = await createOutcome(ctx, journey.id, {
    kind: "CHECKLIST",
    name: "Security regulations enforced",
    unit: "regulations",
    baseline: 0,
    baselineOn: start,
    target: REGULATIONS.length,
    deadline: isoMonthsFrom(now, 7),
  });
  const teamRows = await db.team.findMany({
    where: { organizationId: admin.organizationId },
    select: { id: true },
    orderBy: { name: "asc" },
  });
  for (const [i, r] of REGULATIONS.entries()) {
    const req = await addRequirement(ctx, regulations.id, {
      name: r.name,
      status: r.status,
      ownerId: i % 2 === 0 ? admin.userId : "",
      dueOn: isoMonthsFrom(now, r.dueInMonths),
      evidence: r.evidence ?? "",
      perTeam: r.perTeam ?? false,
    });
    if (r.perTeam)
      for (const [j, team] of teamRows.entries())
        if (j < 2)
          await setTeamRequirementStatus(ctx, req.id, team.id, {
            status: j === 0 ? "DONE" : "IN_PROGRESS",
            evidence: "",
          });
  }
  log(`outcomes: org journey "${COE_JOURNEY_TITLE}" with 20-team outcome (12 check-ins) and 8 regulations`);
}
