import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AspectRadar } from "@/components/charts/aspect-radar";
import { RespondentResults } from "@/components/respondents/respondent-results";
import { CreateShareLinkForm } from "@/components/share/share-forms";
import { Card } from "@/components/ui/card";
import { getAssessment, listTeamAssessments } from "@/lib/data/assessments";
import { getEvidenceFreshnessDays, getRespondentLevels } from "@/lib/data/evidence";
import { isoDay } from "@/lib/dates";
import { findSubmittedConsensus } from "@/lib/data/respondents/consensus";
import { formatScore } from "@/lib/format";
import { isPemmModel, pemmAspectMeans } from "@/lib/interop/pemm-mean";
import { pemmResultUrl } from "@/lib/interop/pemm-url";
import { localizeModel } from "@/lib/model/localize";
import { pageGuard, requireOrg } from "@/lib/authz";
import { assessmentPath, orgPath, teamPath } from "@/lib/paths";
import { confidenceByAspect } from "@/lib/scoring/assessment-confidence";
import { scoreAssessment } from "@/lib/scoring/score";
import { canShare } from "@/lib/share/rules";
import { createShareLinkAction } from "@/app/orgs/[orgSlug]/share-links/actions";
import { AspectResults } from "./aspect-results";
import { CommunityExport } from "./community-export";
import { TeamHistory } from "./team-history";

export async function generateMetadata(): Promise<Metadata> {
  const tMeta = await getTranslations("results");
  return { title: tMeta("metaTitle") };
}

export default async function ResultsPage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string; assessmentId: string }> }>) {
  const { orgSlug, assessmentId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const assessment = await pageGuard(getAssessment(ctx, assessmentId));
  const [locale, t, ts, tr] = await Promise.all([
    getLocale(),
    getTranslations("results"),
    getTranslations("share"),
    getTranslations("report"),
  ]);
  const format = await getFormatter();
  const model = localizeModel(assessment.model, locale);
  const result = scoreAssessment(model, assessment.answers);
  // Imported community question sets show their means exactly as the community tool prints them.
  const means = isPemmModel(model)
    ? Object.fromEntries(pemmAspectMeans(model, assessment.answers).map((m) => [m.aspectId, m.mean]))
    : undefined;
  const exportUrl = pemmResultUrl(model, assessment.answers);
  const history = (await listTeamAssessments(ctx, assessment.team.id)).filter(
    (a) => a.status === "SUBMITTED",
  );
  const consensus = await findSubmittedConsensus(ctx, assessmentId);
  const [windowDays, respondentLevels] = await Promise.all([
    getEvidenceFreshnessDays(ctx),
    assessment.mode === "COLLABORATIVE" ? getRespondentLevels(ctx, assessmentId) : null,
  ]);
  const confidence = confidenceByAspect(model, assessment.answers, {
    today: isoDay(),
    windowDays,
    respondentLevels: respondentLevels ?? undefined,
  });
  const scored = result.aspects.filter((a) => a.score !== null);
  const radarLabel = t("radarLabel", {
    items: result.aspects
      .map(
        (a) =>
          `${a.aspectName} ${a.score === null ? t("notAssessed") : `${means?.[a.aspectId] ?? formatScore(a.score)} (${a.levelName})`}`,
      )
      .join(", "),
  });

  return (
    <div className="space-y-6">
      <header>
        <nav aria-label={t("breadcrumbLabel")} className="text-sm text-slate-600">
          <Link className="underline" href={teamPath(orgSlug, assessment.team.id)}>
            {assessment.team.name}
          </Link>{" "}
          / {t("breadcrumb")}
        </nav>
        <h1 className="mt-1 text-2xl font-semibold">{assessment.title}</h1>
        <p className="text-sm text-slate-700">
          {t("modelVersion", { title: model.title, version: model.version })} ·{" "}
          {assessment.status === "SUBMITTED" && assessment.submittedAt
            ? t("submittedSnapshot", {
                date: format.dateTime(assessment.submittedAt, { dateStyle: "medium" }),
              })
            : t("draft")}{" "}
          · {t("answeredCount", { answered: result.answered, total: result.total })}
        </p>
        {assessment.status === "DRAFT" ? (
          <p role="note" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("provisional")}{" "}
            <Link className="font-medium underline" href={assessmentPath(orgSlug, assessmentId)}>
              {t("backToQuestionnaire")}
            </Link>
          </p>
        ) : null}
      </header>
      <div className="grid gap-6 lg:grid-cols-5">
        <Card className="min-w-0 lg:col-span-2">
          <h2 className="font-semibold">{t("maturityByAspect")}</h2>
          {scored.length >= 3 ? (
            <AspectRadar
              maxLevel={model.levels.length}
              label={radarLabel}
              data={scored.map((a) => ({
                aspect: a.aspectName,
                score: a.score ?? 0,
                levelName: a.levelName ?? "",
              }))}
            />
          ) : (
            <p className="mt-3 text-sm text-slate-700">{t("radarNeedsThree")}</p>
          )}
          {scored.length < result.aspects.length ? (
            <p className="text-xs text-slate-600">
              {t("notAssessedLeftOff", {
                aspects: result.aspects
                  .filter((a) => a.score === null)
                  .map((a) => a.aspectName)
                  .join(", "),
              })}
            </p>
          ) : null}
          <p className="mt-2 text-xs text-slate-600">
            {t("scale", {
              max: model.levels.length,
              levels: model.levels.map((l) => `${l.level} ${l.name}`).join(" · "),
            })}
          </p>
        </Card>
        <div className="min-w-0 lg:col-span-3">
          <AspectResults
            orgSlug={orgSlug}
            model={model}
            aspects={result.aspects}
            means={means}
            confidence={confidence}
            windowDays={windowDays}
          />
        </div>
      </div>
      {consensus ? <RespondentResults model={model} report={consensus} /> : null}
      {exportUrl ? <CommunityExport url={exportUrl} /> : null}
      {assessment.status === "SUBMITTED" ? (
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <span className="font-semibold">{tr("downloadPdf")}:</span>
          <a
            className="text-brand-700 underline"
            href={`${assessmentPath(orgSlug, assessmentId, "results", "pdf")}?size=A4`}
          >
            A4
          </a>
          <a
            className="text-brand-700 underline"
            href={`${assessmentPath(orgSlug, assessmentId, "results", "pdf")}?size=Letter`}
          >
            Letter
          </a>
        </p>
      ) : null}
      {assessment.status === "SUBMITTED" && canShare("TEAM_RESULTS", ctx.role, assessment.isTeamMember) ? (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-semibold">{ts("shareResults")}</summary>
          <p className="mt-2 text-sm text-slate-700">{ts("shareResultsIntro")}</p>
          <div className="mt-3 max-w-md">
            <CreateShareLinkForm
              action={createShareLinkAction}
              orgSlug={orgSlug}
              kind="TEAM_RESULTS"
              assessmentId={assessmentId}
            />
          </div>
          <p className="mt-3 text-sm">
            <Link className="text-brand-700 underline" href={orgPath(orgSlug, "share-links")}>
              {ts("allLinks")}
            </Link>
          </p>
        </details>
      ) : null}
      <TeamHistory orgSlug={orgSlug} currentId={assessmentId} model={model} history={history} />
    </div>
  );
}
