import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FacilitatorConsole } from "@/components/workshop/facilitator-console";
import { getModelDefinition } from "@/lib/data/models";
import { getWorkshopConsole } from "@/lib/data/workshops";
import { getPublicState } from "@/lib/data/workshops/state";
import { requireWorkshopAccess } from "@/lib/http/workshop-session";
import { pageGuard, requireOrg } from "@/lib/authz";
import { assessmentPath, orgPath, teamPath } from "@/lib/paths";
import { liveModelText } from "@/lib/workshops/localize";
import { workshopQuestions } from "@/lib/workshops/questions";
import { localizeModel } from "@/lib/model/localize";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshops");
  return { title: t("console.metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function WorkshopConsolePage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string; workshopId: string }> }>) {
  const { orgSlug, workshopId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug, "FACILITATOR"));
  const workshop = await pageGuard(getWorkshopConsole(ctx, workshopId));
  const access = await pageGuard(requireWorkshopAccess(workshopId));
  const state = await getPublicState(access);
  const [source, t, locale] = await Promise.all([
    getModelDefinition(workshop.modelId),
    getTranslations("workshops"),
    getLocale(),
  ]);
  const model = localizeModel(source, locale);
  const questions = workshopQuestions(model).map((q) => ({
    index: q.index,
    id: q.id,
    aspectName: q.aspectName,
    prompt: q.prompt,
  }));
  return (
    <div className="space-y-6">
      <header>
        <nav aria-label={t("console.breadcrumb")} className="text-sm text-slate-600">
          <Link className="underline" href={orgPath(orgSlug, "workshops")}>
            {t("list.heading")}
          </Link>{" "}
          /{" "}
          <Link className="underline" href={teamPath(orgSlug, workshop.assessment.team.id)}>
            {workshop.assessment.team.name}
          </Link>
        </nav>
        <h1 className="mt-1 text-2xl font-semibold">{workshop.assessment.title}</h1>
        <p className="text-sm text-slate-700">{t("console.subtitle", { model: model.title })}</p>
      </header>
      <FacilitatorConsole
        workshopId={workshopId}
        initialState={state}
        joinCode={workshop.joinCode}
        isJoinable={workshop.isJoinable}
        resultsHref={assessmentPath(orgSlug, workshop.assessment.id, "results")}
        questions={questions}
        text={liveModelText(source, model)}
      />
    </div>
  );
}
