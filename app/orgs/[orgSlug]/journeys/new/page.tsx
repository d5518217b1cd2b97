import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { NewJourneyView } from "@/components/journey/journey-form-page";
import { createJourneyAction } from "@/app/orgs/[orgSlug]/teams/[teamId]/journeys/actions";
import { canEditJourneys } from "@/lib/data/journeys";
import { getModelDefinition, listModels } from "@/lib/data/models";
import { pageGuard, requireOrg } from "@/lib/authz";

export async function generateMetadata(): Promise<Metadata> {
  const tMeta = await getTranslations("journeys.meta");
  return { title: tMeta("newOrg") };
}

type TProps = Readonly<{
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<{ model?: string | string[] }>;
}>;

export default async function NewOrgJourneyPage({ params, searchParams }: TProps) {
  const { orgSlug } = await params;
  const { model: requested } = await searchParams;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const [canEdit, models] = await Promise.all([canEditJourneys(ctx, null), listModels(ctx)]);
  if (!canEdit) notFound();
  const chosen = models.find((m) => m.id === requested) ?? models[0];
  if (!chosen) notFound();
  const model = await getModelDefinition(chosen.id);
  return (
    <NewJourneyView
      action={createJourneyAction}
      scope={{ orgSlug, teamId: null, scopeName: ctx.orgName }}
      models={models}
      model={model}
      modelId={chosen.id}
    />
  );
}
