import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ConsensusReport } from "@/components/respondents/consensus-report";
import { SubmitPanel } from "@/components/questionnaire/submit-panel";
import { Card } from "@/components/ui/card";
import { agreedAspectLevels } from "@/lib/consensus/collective";
import { getConsensus } from "@/lib/data/respondents/consensus";
import { localizeModel } from "@/lib/model/localize";
import { assessmentPath, teamPath } from "@/lib/paths";
import { submitAssessmentAction } from "../actions";
import { recordConsensusAction } from "./actions";
import { pageGuard, requireOrg } from "@/lib/authz";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("respondents");
  return { title: t("consensus.title") };
}

type TProps = Readonly<{ params: Promise<{ orgSlug: string; assessmentId: string }> }>;

/** After answering closed: how everyone answered, the discussion topics, and the lead recording the agreed answers. */
export default async function ConsensusPage({ params }: TProps) {
  const { orgSlug, assessmentId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const data = await pageGuard(getConsensus(ctx, assessmentId));
  const base = assessmentPath(orgSlug, assessmentId);
  if (data.status === "SUBMITTED") redirect(`${base}/results`);
  const { report } = data;
  const [t, format, locale] = await Promise.all([
    getTranslations("respondents"),
    getFormatter(),
    getLocale(),
  ]);
  const model = localizeModel(data.model, locale);

  return (
    <div className="space-y-6">
      <header>
        <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
          <Link className="underline" href={teamPath(orgSlug, data.team.id)}>
            {data.team.name}
          </Link>{" "}
          / {t("consensus.title")}
        </nav>
        <h1 className="mt-1 text-2xl font-semibold">{data.title}</h1>
        <p className="text-sm text-slate-700">
          {t("modelVersion", { title: model.title, version: model.version })} ·{" "}
          {report
            ? t("consensus.closed", {
                date: data.responsesClosedAt
                  ? format.dateTime(data.responsesClosedAt, { dateStyle: "medium" })
                  : "—",
                count: report.respondents,
              })
            : t("consensus.stillOpen")}
        </p>
      </header>
      {report === null ? (
        <Card>
          <h2 className="font-semibold">{t("consensus.privateTitle")}</h2>
          <p className="mt-1 text-sm text-slate-700">{t("consensus.privateBody")}</p>
          <p className="mt-2 text-sm">
            <Link
              className="font-medium text-brand-700 underline"
              href={data.canManage ? `${base}/respondents` : `${base}/respond`}
            >
              {data.canManage ? t("seeWho") : t("consensus.goToAnswers")}
            </Link>
          </p>
        </Card>
      ) : (
        <>
          {data.canRecord ? (
            <p role="note" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-slate-800">
              {t("consensus.recordHint")}
            </p>
          ) : null}
          <ConsensusReport
            model={model}
            report={report}
            agreedLevels={agreedAspectLevels(model, report)}
            record={data.canRecord ? { orgSlug, assessmentId, action: recordConsensusAction } : null}
          />
          {data.canRecord ? (
            <SubmitPanel
              action={submitAssessmentAction}
              orgSlug={orgSlug}
              assessmentId={assessmentId}
              unanswered={report.aspects.reduce(
                (n, a) => n + a.questions.filter((q) => !q.consensus).length,
                0,
              )}
              isSaving={false}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
