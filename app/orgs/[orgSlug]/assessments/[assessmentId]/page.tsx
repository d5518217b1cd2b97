import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { assessmentPath, campaignsPath, orgPath, teamPath } from "@/lib/paths";
import { OpenToRespondents } from "./open-to-respondents";
import { Questionnaire } from "@/components/questionnaire/questionnaire";
import type { TAnswerState } from "@/components/questionnaire/types";
import { getAssessment } from "@/lib/data/assessments";
import { findAssessmentCampaign } from "@/lib/data/campaigns";
import { isoDay } from "@/lib/dates";
import { localizeModel } from "@/lib/model/localize";
import { respondentsRedirect, getRespondentsState } from "@/lib/data/respondents";
import { submitAssessmentAction } from "./actions";
import { hasRole, pageGuard, requireOrg } from "@/lib/authz";

export async function generateMetadata(): Promise<Metadata> {
  const tMeta = await getTranslations("questionnaire");
  return { title: tMeta("metaTitle") };
}

type TProps = Readonly<{
  params: Promise<{ orgSlug: string; assessmentId: string }>;
  searchParams: Promise<{ aspect?: string }>;
}>;

export default async function QuestionnairePage({ params, searchParams }: TProps) {
  const { orgSlug, assessmentId } = await params;
  const { aspect } = await searchParams;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const assessment = await pageGuard(getAssessment(ctx, assessmentId));
  if (assessment.status === "SUBMITTED") redirect(assessmentPath(orgSlug, assessmentId, "results"));
  const answering = await getRespondentsState(ctx, assessmentId);
  const answeringPath = respondentsRedirect(answering);
  if (answeringPath) redirect(assessmentPath(orgSlug, assessmentId, answeringPath));

  const [locale, t, tc, campaign] = await Promise.all([
    getLocale(),
    getTranslations("questionnaire"),
    getTranslations("campaigns"),
    findAssessmentCampaign(ctx, assessmentId),
  ]);
  const model = localizeModel(assessment.model, locale);
  const initialAnswers: Record<string, TAnswerState> = Object.fromEntries(
    assessment.answers.map((a) => [
      a.questionId,
      { level: a.level, notSure: a.notSure, notes: a.notes, evidenceUrl: a.evidenceUrl },
    ]),
  );
  const answeredIds = new Set(
    assessment.answers.filter((a) => a.level !== null || a.notSure).map((a) => a.questionId),
  );
  const firstOpen = model.aspects.find((a) => a.questions.some((q) => !answeredIds.has(q.id)));
  const initialAspectId = model.aspects.some((a) => a.id === aspect)
    ? aspect!
    : (firstOpen ?? model.aspects[0]!).id;

  return (
    <div className="space-y-6">
      <header>
        <nav aria-label={t("breadcrumbLabel")} className="text-sm text-slate-600">
          <Link className="underline" href={teamPath(orgSlug, assessment.team.id)}>
            {assessment.team.name}
          </Link>{" "}
          / {t("breadcrumbDraft")}
        </nav>
        <h1 className="mt-1 text-2xl font-semibold">{assessment.title}</h1>
        <p className="text-sm text-slate-700">
          {t("autosaveNote", { model: model.title, version: model.version })}
        </p>
        {campaign ? (
          <p className="text-sm text-slate-700">
            {tc("partOf")}{" "}
            <Link className="text-brand-700 underline" href={campaignsPath(orgSlug, campaign.id)}>
              {campaign.title}
            </Link>{" "}
            · {tc("dueShort", { dueOn: isoDay(campaign.dueOn) })}
          </p>
        ) : null}
        {assessment.canEdit && hasRole(ctx.role, "FACILITATOR") && answering.mode !== "WORKSHOP" ? (
          <Link
            className="text-sm text-brand-700 underline"
            href={`${orgPath(orgSlug, "workshops")}?assessmentId=${assessmentId}`}
          >
            {t("runWorkshop")}
          </Link>
        ) : null}
        {!assessment.canEdit ? (
          <p role="note" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("readOnlyNote")}
          </p>
        ) : null}
        {assessment.canEdit && answering.mode === "SOLO" ? (
          <OpenToRespondents orgSlug={orgSlug} assessmentId={assessmentId} />
        ) : null}
      </header>
      <Questionnaire
        endpoint={`/api/orgs/${orgSlug}/assessments/${assessmentId}/answers`}
        model={model}
        initialAnswers={initialAnswers}
        initialAspectId={initialAspectId}
        isReadOnly={!assessment.canEdit || answering.mode === "WORKSHOP"}
        orgSlug={orgSlug}
        assessmentId={assessmentId}
        submitAction={submitAssessmentAction}
        footer={
          answering.mode === "WORKSHOP" ? (
            <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {t("workshopNote")}
            </p>
          ) : undefined
        }
      />
    </div>
  );
}
