/**
 * Demo plan for the "Checkout" team's active journey, built through the DAL: a closed iteration
 * (steps done, one carried over, what moved between the two latest assessments) and the current one
 * with an owned step and an overdue one. Idempotent: does nothing when the journey already has a plan.
 */
import { resolveOrgContext } from "@/lib/authz/context";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { createStep, getPlan, setStepStatus } from "@/lib/data/plans";
import { closeIteration, createIteration } from "@/lib/data/plans/iterations";
import { addSuggestedSteps, getPlanSuggestions } from "@/lib/data/plans/suggestions";

const TEAM = "Checkout";
const LAST_QUARTER = [
  {
    title: "Write down who maintains the shared CI templates today",
    aspectId: "investment",
    level: 3,
    characteristic: "Platform capabilities have named owners",
  },
  { title: "Add a feedback link to the platform docs landing page", aspectId: "adoption", level: 4 },
  {
    title: "Draft a chargeback proposal for the two largest consumers",
    aspectId: "investment",
    level: 4,
    notes: "Finance wants numbers per team first.",
  },
];
const day = (offset: number) => isoDay(new Date(Date.now() + offset * 86_400_000));

export async function seedDemoPlan(orgSlug: string, log: (line: string) => void = console.log) {
  const journey = await db.journey.findFirst({
    where: { organization: { slug: orgSlug }, team: { name: TEAM }, status: "ACTIVE" },
    select: { id: true, teamId: true, _count: { select: { steps: true, iterations: true } } },
  });
  const admin = await db.membership.findFirst({
    where: { organization: { slug: orgSlug }, role: "ADMIN" },
    select: { userId: true },
    orderBy: { createdAt: "asc" },
  });
  const facilitator = await db.membership.findFirst({
    where: { organization: { slug: orgSlug }, role: "FACILITATOR" },
    select: { userId: true },
    orderBy: { createdAt: "asc" },
  });
  if (!journey || !admin) return log(`plans: skipped (no active "${TEAM}" journey or admin in ${orgSlug})`);
  if (journey._count.steps + journey._count.iterations > 0)
    return log(`plans: "${TEAM}" already has a plan: left unchanged`);

  const ctx = await resolveOrgContext(admin.userId, orgSlug, "ADMIN");
  const last = await createIteration(ctx, journey.id, {
    name: "Last quarter",
    startsOn: day(-98),
    endsOn: day(-8),
  });
  // Checkout has reached most of its targets, so the gap may suggest little: add the team's own steps too.
  const { suggestions } = await getPlanSuggestions(ctx, journey.id);
  await addSuggestedSteps(
    ctx,
    journey.id,
    suggestions
      .filter((s) => s.kind === "step")
      .slice(0, 2)
      .map((s) => s.key),
    last.id,
  );
  for (const own of LAST_QUARTER)
    await createStep(ctx, journey.id, {
      ...own,
      iterationId: last.id,
      ownerId: admin.userId,
      dueOn: day(-20),
    });
  const steps = (await getPlan(ctx, journey.id)).steps;
  for (const [i, s] of steps.entries()) if (i < 2) await setStepStatus(ctx, s.id, "DONE", s.version);
  if (steps[2]) await setStepStatus(ctx, steps[2].id, "DOING", steps[2].version);
  const { next } = await closeIteration(ctx, last.id, last.version, {
    carry: true,
    nextName: "This quarter",
    nextStartsOn: day(-7),
    nextEndsOn: day(83),
  });

  // The demo's history was written all at once: point the closed iteration at the two latest assessments.
  const assessments = await db.assessment.findMany({
    where: { teamId: journey.teamId!, status: "SUBMITTED" },
    select: { id: true },
    orderBy: { submittedAt: "desc" },
    take: 2,
  });
  await db.planIteration.update({
    where: { id: last.id },
    data: {
      baselineAssessmentId: assessments[1]?.id ?? null,
      closingAssessmentId: assessments[0]?.id ?? null,
    },
  });

  const owner = facilitator?.userId ?? admin.userId;
  await createStep(ctx, journey.id, {
    title: "Publish a one-page platform scope statement",
    aspectId: "investment",
    level: 3,
    ownerId: owner,
    dueOn: day(14),
    iterationId: next?.id ?? null,
    notes: "Review it with the checkout leads first.",
  });
  await createStep(ctx, journey.id, {
    title: "Book interviews with three product teams about onboarding pain",
    aspectId: "adoption",
    level: 2,
    ownerId: admin.userId,
    dueOn: day(-2),
    status: "DOING",
    iterationId: next?.id ?? null,
  });
  log(`plans: "${TEAM}" plan created (1 closed and 1 open iteration)`);
}
