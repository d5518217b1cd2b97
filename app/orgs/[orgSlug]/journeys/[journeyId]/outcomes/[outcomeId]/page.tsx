import { isoDay } from "@/lib/dates";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OutcomeDetail } from "@/components/journey/outcome-detail";
import { OUTCOME_ACTIONS } from "@/app/orgs/[orgSlug]/teams/[teamId]/journeys/outcome-actions-props";
import { getOutcome } from "@/lib/data/journey-outcomes";
import { pageGuard, requireOrg } from "@/lib/authz";

export async function generateMetadata(): Promise<Metadata> {
  const tMeta = await getTranslations("outcomes.meta");
  return { title: tMeta("outcome") };
}

export default async function OrgOutcomePage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string; journeyId: string; outcomeId: string }> }>) {
  const { orgSlug, journeyId, outcomeId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const detail = await pageGuard(getOutcome(ctx, journeyId, outcomeId));
  if (detail.journey.teamId !== null) notFound();
  const today = isoDay();
  return <OutcomeDetail orgSlug={orgSlug} detail={detail} actions={OUTCOME_ACTIONS} today={today} />;
}
