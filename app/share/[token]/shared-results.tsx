import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AspectRadar } from "@/components/charts/aspect-radar";
import { Card } from "@/components/ui/card";
import { getAssessment } from "@/lib/data/assessments";
import { shareViewContext, type TResolvedShareLink } from "@/lib/data/share-links";
import { formatScore } from "@/lib/format";
import { isPemmModel, pemmAspectMeans } from "@/lib/interop/pemm-mean";
import { localizeModel } from "@/lib/model/localize";
import { pageGuard } from "@/lib/authz";
import { scoreAssessment } from "@/lib/scoring/score";
import { AspectResults } from "@/app/orgs/[orgSlug]/assessments/[assessmentId]/results/aspect-results";

/** The results page's radar and table for the one assessment of the link, without links into the app. */
export async function SharedResults({ link }: Readonly<{ link: TResolvedShareLink }>) {
  const assessment = await pageGuard(getAssessment(shareViewContext(link), link.assessmentId ?? ""));
  const [locale, t, ts, format] = await Promise.all([
    getLocale(),
    getTranslations("results"),
    getTranslations("share"),
    getFormatter(),
  ]);
  const model = localizeModel(assessment.model, locale);
  const result = scoreAssessment(model, assessment.answers);
  const means = isPemmModel(model)
    ? Object.fromEntries(pemmAspectMeans(model, assessment.answers).map((m) => [m.aspectId, m.mean]))
    : undefined;
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
    <>
      <div>
        <h1 className="text-2xl font-semibold">
          {assessment.team.name}: {assessment.title}
        </h1>
        <p className="text-sm text-slate-700">
          {ts("overview.modelVersion", { title: model.title, version: model.version })} ·{" "}
          {t("submittedSnapshot", {
            date: assessment.submittedAt
              ? format.dateTime(assessment.submittedAt, { dateStyle: "medium" })
              : "—",
          })}{" "}
          · {t("answeredCount", { answered: result.answered, total: result.total })}
        </p>
      </div>
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
          <p className="mt-2 text-xs text-slate-600">
            {t("scale", {
              max: model.levels.length,
              levels: model.levels.map((l) => `${l.level} ${l.name}`).join(" · "),
            })}
          </p>
        </Card>
        <div className="min-w-0 lg:col-span-3">
          <AspectResults orgSlug={null} model={model} aspects={result.aspects} means={means} />
        </div>
      </div>
    </>
  );
}
