import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JourneyList } from "@/components/journey/journey-list";
import { canEditJourneys, listJourneys } from "@/lib/data/journeys";
import { pageGuard, requireOrg } from "@/lib/authz";

export async function generateMetadata(): Promise<Metadata> {
  const tMeta = await getTranslations("journeys.meta");
  return { title: tMeta("listOrg") };
}

export default async function OrgJourneysPage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const [journeys, canEdit] = await Promise.all([listJourneys(ctx, null), canEditJourneys(ctx, null)]);
  return (
    <JourneyList
      orgSlug={orgSlug}
      teamId={null}
      scopeName={ctx.orgName}
      journeys={journeys}
      canEdit={canEdit}
    />
  );
}
