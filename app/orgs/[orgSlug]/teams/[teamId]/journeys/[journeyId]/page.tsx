import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { JourneyDetail } from "@/components/journey/journey-detail";
import { setJourneyStatusAction } from "@/app/orgs/[orgSlug]/teams/[teamId]/journeys/actions";
import { createOutcomeAction } from "@/app/orgs/[orgSlug]/teams/[teamId]/journeys/outcome-actions";
import { listOutcomes } from "@/lib/data/journey-outcomes";
import { getJourneyProgress } from "@/lib/data/journey-progress";
import { getJourney } from "@/lib/data/journeys";
import { pageGuard, requireOrg } from "@/lib/authz";

export async function generateMetadata(): Promise<Metadata> {
  const tMeta = await getTranslations("journeys.meta");
  return { title: tMeta("detail") };
}

export default async function TeamJourneyPage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string; teamId: string; journeyId: string }> }>) {
  const { orgSlug, teamId, journeyId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const journey = await pageGuard(getJourney(ctx, journeyId));
  if (journey.teamId !== teamId) notFound();
  const [progress, outcomes] = await Promise.all([
    getJourneyProgress(ctx, journey),
    listOutcomes(ctx, journey.id),
  ]);
  return (
    <JourneyDetail
      statusAction={setJourneyStatusAction}
      orgSlug={orgSlug}
      journey={journey}
      progress={progress}
      outcomes={outcomes}
      createOutcomeAction={createOutcomeAction}
    />
  );
}
