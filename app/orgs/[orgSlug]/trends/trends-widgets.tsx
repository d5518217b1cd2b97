import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { TrendLines } from "@/components/charts/trend-lines";
import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { OrgContext } from "@/lib/authz";
import { quarterLabel, quartersBetween } from "@/lib/dashboard/quarters";
import type { TDashboardScope } from "@/lib/data/dashboard/scope";
import { listCampaignRounds } from "@/lib/data/campaigns";
import { getTrends } from "@/lib/data/dashboard/trends";
import { formatScore } from "@/lib/format";
import type { TMaturityModel } from "@/lib/model/schema";
import { assessmentPath, campaignsPath } from "@/lib/paths";

type TWidgetProps = Readonly<{ ctx: OrgContext; scope: TDashboardScope; model: TMaturityModel }>;

// One statement feeds all three widgets, once per request.
const trends = cache((ctx: OrgContext, scope: TDashboardScope) => getTrends(ctx, scope));

type TDashT = Awaited<ReturnType<typeof getTranslations<"dashboards">>>;
/** "2026 Q3" (the data's label) as the reader's language writes a quarter. */
const quarterText = (t: TDashT, label: string) => {
  const [year = "", quarter = ""] = label.split(" Q");
  return t("trends.quarter", { year, quarter });
};

// Distinguishable by dash pattern as well as colour.
const LINE_STYLES = [
  { colour: "#4338ca" },
  { colour: "#b45309", dash: "6 3" },
  { colour: "#047857", dash: "2 3" },
  { colour: "#be123c", dash: "8 3 2 3" },
  { colour: "#0f172a", dash: "12 4" },
  { colour: "#7c3aed", dash: "4 4" },
];

export async function MedianTrendWidget({ ctx, scope, model }: TWidgetProps) {
  const [{ medians: rows }, t, format] = await Promise.all([
    trends(ctx, scope),
    getTranslations("dashboards"),
    getFormatter(),
  ]);
  const score = (v: number | null) =>
    v === null ? formatScore(null) : format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const quarters = rows.length ? quartersBetween(rows[0]!.quarter, rows[rows.length - 1]!.quarter) : [];
  const byKey = new Map(rows.map((r) => [`${quarterLabel(r.quarter)}|${r.aspectId}`, r]));
  const data = quarters.map((q) => {
    const label = quarterLabel(q);
    return Object.fromEntries([
      ["quarter", quarterText(t, label)],
      ...model.aspects.map((a) => [a.id, byKey.get(`${label}|${a.id}`)?.medianScore ?? null]),
    ]) as Record<string, string | number | null>;
  });
  const series = model.aspects.map((a, i) => ({
    key: a.id,
    name: a.name,
    ...LINE_STYLES[i % LINE_STYLES.length]!,
  }));
  const label = t("trends.chartLabel", {
    items: data
      .map((d) =>
        t("trends.chartItem", {
          quarter: String(d.quarter),
          scores: model.aspects.map((a) => `${a.name} ${score(d[a.id] as number | null)}`).join(", "),
        }),
      )
      .join("; "),
  });
  return (
    <Card className="min-w-0">
      <h2 className="font-semibold">{t("trends.medianTitle")}</h2>
      {data.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("trends.noAssessments")}</p>
      ) : (
        <>
          <TrendLines
            data={data}
            series={series}
            maxLevel={model.levels.length}
            label={label}
            describedBy="trend-table"
          />
          <ScrollRegion label={t("trends.tableLabel")}>
            <table id="trend-table" className="min-w-full text-left text-sm">
              <caption className="sr-only">{t("trends.tableLabel")}</caption>
              <thead>
                <tr className="text-slate-700">
                  <th scope="col" className="py-1 pr-2 font-medium">
                    {t("trends.quarterHeader")}
                  </th>
                  {model.aspects.map((a) => (
                    <th key={a.id} scope="col" className="px-2 py-1 font-medium">
                      {a.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.map((d) => (
                  <tr key={String(d.quarter)} className="border-t border-slate-100">
                    <th scope="row" className="whitespace-nowrap py-1 pr-2 font-medium">
                      {d.quarter}
                    </th>
                    {model.aspects.map((a) => (
                      <td key={a.id} className="px-2 py-1">
                        {score(d[a.id] as number | null)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="mt-2 text-xs text-slate-600">{t("trends.medianHint")}</p>
        </>
      )}
    </Card>
  );
}

export async function MovementWidget({ ctx, scope, model }: TWidgetProps) {
  const [{ movement: rows }, t] = await Promise.all([trends(ctx, scope), getTranslations("dashboards")]);
  const quarters = [...new Set(rows.map((r) => quarterLabel(r.quarter)))].slice(-4).reverse();
  const cell = (q: string, aspectId: string) =>
    rows.find((r) => quarterLabel(r.quarter) === q && r.aspectId === aspectId);
  return (
    <Card className="min-w-0">
      <h2 className="font-semibold">{t("trends.movementTitle")}</h2>
      {quarters.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("trends.noMovement")}</p>
      ) : (
        <ScrollRegion label={t("trends.movementTable")}>
          <table className="mt-2 min-w-full text-left text-sm">
            <caption className="sr-only">{t("trends.movementTable")}</caption>
            <thead>
              <tr className="text-slate-700">
                <th scope="col" className="py-1 pr-2 font-medium">
                  {t("aspect")}
                </th>
                {quarters.map((q) => (
                  <th key={q} scope="col" className="px-2 py-1 font-medium">
                    {quarterText(t, q)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.aspects.map((a) => (
                <tr key={a.id} className="border-t border-slate-100">
                  <th scope="row" className="py-1 pr-2 font-medium">
                    {a.name}
                  </th>
                  {quarters.map((q) => {
                    const m = cell(q, a.id);
                    return (
                      <td key={q} className="whitespace-nowrap px-2 py-1">
                        {m ? (
                          <>
                            <span className="text-green-800">{t("trends.up", { count: m.up })}</span> ·{" "}
                            <span className="text-red-800">{t("trends.down", { count: m.down })}</span> ·{" "}
                            {t("trends.same", { count: m.same })}
                          </>
                        ) : (
                          "—"
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Card>
  );
}

export async function MoversWidget({ ctx, scope }: TWidgetProps) {
  const [
    {
      movers: { teams, total, quarter },
    },
    t,
  ] = await Promise.all([trends(ctx, scope), getTranslations("dashboards")]);
  return (
    <Card className="min-w-0">
      <h2 className="font-semibold">
        {quarter
          ? t("trends.moversIn", { quarter: quarterText(t, quarterLabel(quarter)) })
          : t("trends.moversTitle")}
      </h2>
      {teams.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("trends.noMovers")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100 text-sm">
          {teams.map((team) => (
            <li key={team.teamId} className="flex justify-between gap-3 py-1.5">
              <Link
                className="text-brand-700 underline-offset-2 hover:underline"
                href={assessmentPath(ctx.orgSlug, team.assessmentId, "results")}
              >
                {team.teamName}
              </Link>
              <span className="whitespace-nowrap">
                {team.up ? (
                  <span className="text-green-800">{t("trends.up", { count: team.up })}</span>
                ) : null}
                {team.up && team.down ? " · " : null}
                {team.down ? (
                  <span className="text-red-800">{t("trends.down", { count: team.down })}</span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      {total > teams.length ? (
        <p className="mt-2 text-xs text-slate-600">
          {t("trends.moversShowing", { shown: teams.length, total })}
        </p>
      ) : null}
    </Card>
  );
}

/** Campaign rounds of this model side by side: each round's median level per aspect (shown once a round exists). */
export async function CampaignRoundsWidget({ ctx, scope, model }: TWidgetProps) {
  const rounds = await listCampaignRounds(
    ctx,
    scope.modelId,
    model.aspects.map((a) => a.id),
  );
  if (rounds.length === 0) return null;
  const tc = await getTranslations("campaigns");
  return (
    <Card className="min-w-0">
      <h2 className="font-semibold">{tc("roundsHeading")}</h2>
      <p className="mb-2 text-xs text-slate-600">{tc("roundsHint")}</p>
      <ScrollRegion label={tc("roundsHeading")}>
        <table className="min-w-full text-left text-sm">
          <thead className="text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-2 font-medium">
                {tc("round")}
              </th>
              <th scope="col" className="px-2 py-2 font-medium">
                {tc("results")}
              </th>
              {model.aspects.map((a) => (
                <th key={a.id} scope="col" className="px-2 py-2 font-medium">
                  {a.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rounds.map((r) => (
              <tr key={r.id} className="border-t border-slate-100">
                <th scope="row" className="px-2 py-2 font-medium">
                  <Link href={campaignsPath(ctx.orgSlug, r.id)} className="text-brand-700 underline">
                    {r.title}
                  </Link>
                  <span className="block text-xs font-normal text-slate-600">{tc(`phase.${r.status}`)}</span>
                </th>
                <td className="px-2 py-2 text-slate-700">
                  {r.results} / {r.teams}
                </td>
                {model.aspects.map((a) => (
                  <td key={a.id} className="px-2 py-2 text-slate-800">
                    {r.medians[a.id] === null ? "—" : `L${r.medians[a.id]}`}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  );
}
