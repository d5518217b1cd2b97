import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LevelBadge } from "@/components/level-badge";
import { Card } from "@/components/ui/card";
import { levelName, type TMaturityModel } from "@/lib/model/schema";
import { assessmentPath } from "@/lib/paths";

type THistoryItem = Readonly<{
  id: string;
  title: string;
  submittedAt: Date | null;
  model: { key: string; version: number };
  aspectScores: Array<{ aspectId: string; level: number | null }>;
}>;

/** The team's submitted assessments over time, aspects as columns (same model only). */
export async function TeamHistory({
  orgSlug,
  currentId,
  model,
  history,
}: Readonly<{ orgSlug: string; currentId: string; model: TMaturityModel; history: THistoryItem[] }>) {
  const comparable = history.filter((h) => h.model.key === model.id);
  if (comparable.length === 0) return null;
  const t = await getTranslations("results.history");
  const format = await getFormatter();
  const formatDate = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "—");
  return (
    <Card className="overflow-x-auto">
      <h2 className="mb-3 font-semibold">{t("title")}</h2>
      <table className="min-w-full text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-700">
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("submitted")}
            </th>
            {model.aspects.map((a) => (
              <th key={a.id} scope="col" className="px-2 py-2 font-medium">
                {a.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparable.map((h) => (
            <tr
              key={h.id}
              className="border-b border-slate-100 last:border-0"
              aria-current={h.id === currentId ? "true" : undefined}
            >
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                {h.id === currentId ? (
                  <span className="font-semibold">{t("thisOne", { date: formatDate(h.submittedAt) })}</span>
                ) : (
                  <Link className="text-brand-700 underline" href={assessmentPath(orgSlug, h.id, "results")}>
                    {formatDate(h.submittedAt)}
                  </Link>
                )}
                <span className="block text-xs text-slate-600">
                  {t("titleVersion", { title: h.title, version: h.model.version })}
                </span>
              </th>
              {model.aspects.map((a) => {
                const level = h.aspectScores.find((s) => s.aspectId === a.id)?.level ?? null;
                return (
                  <td key={a.id} className="px-2 py-2">
                    <LevelBadge level={level} name={levelName(model, level)} maxLevel={model.levels.length} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
