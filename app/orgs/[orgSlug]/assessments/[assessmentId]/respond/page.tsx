import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { assessmentPath, teamPath } from "@/lib/paths";
import { FinishPanel } from "./finish-panel";
import { Questionnaire } from "@/components/questionnaire/questionnaire";
import type { TAnswerState } from "@/components/questionnaire/types";
import { Card } from "@/components/ui/card";
import { getMyResponses } from "@/lib/data/respondents/responses";
import { localizeModel } from "@/lib/model/localize";
import { pageGuard, requireOrg } from "@/lib/authz";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("respondents");
  return { title: t("respond.title") };
}

type TProps = Readonly<{
  params: Promise<{ orgSlug: string; assessmentId: string }>;
  searchParams: Promise<{ aspect?: string }>;
}>;

/** The link the lead shares: a team member answers privately, with autosave. Joining happens on the first answer. */
export default async function RespondPage({ params, searchParams }: TProps) {
  const { orgSlug, assessmentId } = await params;
  const { aspect } = await searchParams;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const mine = await pageGuard(getMyResponses(ctx, assessmentId));
  const base = assessmentPath(orgSlug, assessmentId);
  if (mine.status === "SUBMITTED") redirect(`${base}/results`);
  const [t, format, locale] = await Promise.all([
    getTranslations("respondents"),
    getFormatter(),
    getLocale(),
  ]);
  const model = localizeModel(mine.model, locale);
  const initialAnswers: Record<string, TAnswerState> = Object.fromEntries(
    mine.responses.map((r) => [
      r.questionId,
      { level: r.level, notSure: r.notSure, notes: r.notes, evidenceUrl: "" },
    ]),
  );
  const answered = new Set(
    mine.responses.filter((r) => r.level !== null || r.notSure).map((r) => r.questionId),
  );
  const firstOpen = model.aspects.find((a) => a.questions.some((q) => !answered.has(q.id)));
  const initialAspectId = model.aspects.some((a) => a.id === aspect)
    ? aspect!
    : (firstOpen ?? model.aspects[0]!).id;
  const mayAnswer = mine.isRespondent || mine.canRespond;

  return (
    <div className="space-y-6">
      <header>
        <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
          <Link className="underline" href={teamPath(orgSlug, mine.team.id)}>
            {mine.team.name}
          </Link>{" "}
          / {t("respond.title")}
        </nav>
        <h1 className="mt-1 text-2xl font-semibold">{mine.title}</h1>
        <p className="text-sm text-slate-700">
          {t("respond.subtitle", { model: model.title, version: model.version })}
        </p>
        {mine.isOpen && mine.canManage ? (
          <p className="mt-2 text-sm">
            <Link className="font-medium text-brand-700 underline" href={`${base}/respondents`}>
              {t("seeWho")}
            </Link>
          </p>
        ) : null}
        {!mine.isOpen ? (
          <p role="note" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t.rich("respond.closed", {
              date: mine.responsesClosedAt
                ? format.dateTime(mine.responsesClosedAt, { dateStyle: "medium" })
                : "—",
              link: (chunks) => (
                <Link className="font-medium underline" href={`${base}/consensus`}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null}
      </header>
      {mayAnswer ? (
        <Questionnaire
          endpoint={`/api/orgs/${orgSlug}/assessments/${assessmentId}/responses`}
          model={model}
          initialAnswers={initialAnswers}
          initialAspectId={initialAspectId}
          isReadOnly={!mine.isOpen}
          orgSlug={orgSlug}
          assessmentId={assessmentId}
          hasEvidence={false}
          footer={
            mine.isOpen ? (
              <FinishPanel orgSlug={orgSlug} assessmentId={assessmentId} finishedAt={mine.finishedAt} />
            ) : null
          }
        />
      ) : (
        <Card>
          <h2 className="font-semibold">{t("respond.onlyMembersTitle", { team: mine.team.name })}</h2>
          <p className="mt-1 text-sm text-slate-700">{t("respond.onlyMembersBody")}</p>
        </Card>
      )}
    </div>
  );
}
