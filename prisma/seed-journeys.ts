/**
 * Demo journey for the "Checkout" team, created through the DAL like a real user would: one create
 * and two edits, so the journey page has a gap table, a timeline and an edit history. Idempotent:
 * does nothing when Checkout already has a journey. Called from prisma/seed.ts.
 */
import { resolveOrgContext } from "@/lib/authz/context";
import { db } from "@/lib/db";
import { createJourney, updateJourney } from "@/lib/data/journeys";

const TEAM = "Checkout";
const MODEL_KEY = "cncf-platform-engineering";

const BASE = {
  title: "Scale the platform centre of excellence",
  goal: "Onboard 20 teams onto the internal platform within 20 months and enforce 8 security regulations through it, with a dedicated, centrally funded platform team.",
  constraints: [
    "Platform team budget is fixed at 6 FTE until next fiscal year",
    "No downtime for checkout during the peak season (Nov–Jan)",
    "Security regulations must be auditable by the compliance office",
  ],
  startsOn: "2026-01-01",
  endsOn: "2027-08-31",
  targets: { investment: 3, adoption: 3, interfaces: 2, operations: 3, measurement: 2 },
};

export async function seedDemoJourneys(orgSlug: string, log: (line: string) => void = console.log) {
  const admin = await db.membership.findFirst({
    where: { organization: { slug: orgSlug }, role: "ADMIN" },
    select: { userId: true },
    orderBy: { createdAt: "asc" },
  });
  const team = await db.team.findFirst({
    where: { organization: { slug: orgSlug }, name: TEAM },
    select: { id: true, _count: { select: { journeys: true } } },
  });
  const model = await db.maturityModel.findFirst({
    where: { key: MODEL_KEY, organizationId: null },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (!admin || !team || !model)
    return log(`journeys: skipped (no admin, "${TEAM}" team or ${MODEL_KEY} model in ${orgSlug})`);
  if (team._count.journeys > 0) return log(`journeys: "${TEAM}" already has a journey: left unchanged`);

  const ctx = await resolveOrgContext(admin.userId, orgSlug, "ADMIN");
  const created = await createJourney(ctx, {
    ...BASE,
    teamId: team.id,
    modelId: model.id,
    targets: { ...BASE.targets, operations: 2 },
  });
  const edited = await updateJourney(
    ctx,
    created.id,
    {
      ...BASE,
      targets: { ...BASE.targets, operations: 2 },
      constraints: [...BASE.constraints, "Reuse the existing CI/CD tooling; no new vendors this year"],
    },
    created.version,
  );
  await updateJourney(
    ctx,
    created.id,
    {
      ...BASE,
      constraints: [...BASE.constraints, "Reuse the existing CI/CD tooling; no new vendors this year"],
    },
    edited.version,
  );
  log(`journeys: active journey for "${TEAM}" created with 3 revisions`);
}
