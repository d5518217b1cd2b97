import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { NewJourneyView } from "@/components/journey/journey-form-page";
import { createJourneyAction } from "@/app/orgs/[orgSlug]/teams/[teamId]/journeys/actions";
import { pageGuard, requireOrg, requireTeam } from "@/lib/authz";
import { canEditJourneys } from "@/lib/data/journeys";
import { getModelDefinition, listModels } from "@/lib/data/models";

export async function generateMetadata(): Promise<Metadata> {
  const tMeta = await getTranslations("journeys.meta");
  return { title: tMeta("new") };
}

type TProps = Readonly<{
  params: Promise<{ orgSlug: string; teamId: string }>;
  searchParams: Promise<{ model?: string | string[] }>;
}>;

export default async function NewTeamJourneyPage({ params, searchParams }: TProps) {
  const { orgSlug, teamId } = await params;
  const { model: requested } = await searchParams;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const [team, canEdit, models] = await pageGuard(
    Promise.all([requireTeam(ctx, teamId), canEditJourneys(ctx, teamId), listModels(ctx)]),
  );
  if (!canEdit) notFound();
  // Newest version of the first model unless the chooser picked another visible one.
  const chosen = models.find((m) => m.id === requested) ?? models[0];
  if (!chosen) notFound();
  const model = await getModelDefinition(chosen.id);
  return (
    <NewJourneyView
      action={createJourneyAction}
      scope={{ orgSlug, teamId: team.id, scopeName: team.name }}
      models={models}
      model={model}
      modelId={chosen.id}
    />
  );
}
