import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditJourneyView } from "@/components/journey/journey-form-page";
import { updateJourneyAction } from "@/app/orgs/[orgSlug]/teams/[teamId]/journeys/actions";
import { getJourney } from "@/lib/data/journeys";
import { pageGuard, requireOrg } from "@/lib/authz";

export async function generateMetadata(): Promise<Metadata> {
  const tMeta = await getTranslations("journeys.meta");
  return { title: tMeta("edit") };
}

export default async function EditTeamJourneyPage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string; teamId: string; journeyId: string }> }>) {
  const { orgSlug, teamId, journeyId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const journey = await pageGuard(getJourney(ctx, journeyId));
  if (journey.teamId !== teamId || !journey.canEdit || !journey.team) notFound();
  return (
    <EditJourneyView
      action={updateJourneyAction}
      scope={{ orgSlug, teamId, scopeName: journey.team.name }}
      journey={journey}
    />
  );
}
