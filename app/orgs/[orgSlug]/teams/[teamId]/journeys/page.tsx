import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JourneyList } from "@/components/journey/journey-list";
import { pageGuard, requireOrg, requireTeam } from "@/lib/authz";
import { canEditJourneys, listJourneys } from "@/lib/data/journeys";

export async function generateMetadata(): Promise<Metadata> {
  const tMeta = await getTranslations("journeys.meta");
  return { title: tMeta("list") };
}

export default async function TeamJourneysPage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string; teamId: string }> }>) {
  const { orgSlug, teamId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const [team, journeys, canEdit] = await pageGuard(
    Promise.all([requireTeam(ctx, teamId), listJourneys(ctx, teamId), canEditJourneys(ctx, teamId)]),
  );
  return (
    <JourneyList
      orgSlug={orgSlug}
      teamId={team.id}
      scopeName={team.name}
      journeys={journeys}
      canEdit={canEdit}
    />
  );
}
