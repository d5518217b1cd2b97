import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getPlan } from "@/lib/data/plans";
import { pageGuard, requireOrg } from "@/lib/authz";
import { planPath } from "@/lib/paths";

export type TPlanParams = Promise<{ orgSlug: string; teamId: string; journeyId: string }>;
export type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Every plan page: org context (VIEWER and up), the plan (404 for foreign ids or a team mismatch), names. */
export const loadPlan = cache(async (orgSlug: string, teamId: string, journeyId: string) => {
  const ctx = await pageGuard(requireOrg(orgSlug));
  const plan = await pageGuard(getPlan(ctx, journeyId));
  if (plan.teamId !== teamId) notFound();
  return {
    ctx,
    plan,
    base: planPath(orgSlug, teamId, journeyId),
    scope: { orgSlug, teamId, journeyId },
    aspectNames: Object.fromEntries(plan.definition.aspects.map((a) => [a.id, a.name])) as Record<
      string,
      string
    >,
    levelNames: Object.fromEntries(plan.definition.levels.map((l) => [l.level, l.name])) as Record<
      number,
      string
    >,
    header: {
      orgSlug,
      teamId,
      teamName: plan.teamName,
      journeyId,
      journeyTitle: plan.title,
      base: planPath(orgSlug, teamId, journeyId),
      canEdit: plan.canEdit,
    },
  };
});
