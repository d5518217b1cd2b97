import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LevelBadge } from "@/components/level-badge";
import { Card } from "@/components/ui/card";
import { levelName, type TMaturityModel } from "@/lib/model/schema";
import { assessmentPath } from "@/lib/paths";

type THistoryRow = Readonly<{
  id: string;
  title: string;
  status: "DRAFT" | "SUBMITTED";
  createdAt: Date;
  submittedAt: Date | null;
  modelId: string;
  model: { version: number; title: string };
  aspectScores: Array<{ aspectId: string; level: number | null }>;
  _count: { answers: number };
}>;

export async function AssessmentHistory({
  orgSlug,
  assessments,
  definitions,
}: Readonly<{ orgSlug: string; assessments: THistoryRow[]; definitions: Map<string, TMaturityModel> }>) {
  const t = await getTranslations("teams.history");
  const format = await getFormatter();
  return (
    <Card>
      <h2 className="mb-3 font-semibold">{t("title")}</h2>
      {assessments.length === 0 ? <p className="text-slate-700">{t("none")}</p> : null}
      <ol className="space-y-4">
        {assessments.map((a) => {
          const model = definitions.get(a.modelId);
          const href =
            a.status === "SUBMITTED"
              ? assessmentPath(orgSlug, a.id, "results")
              : assessmentPath(orgSlug, a.id);
          return (
            <li key={a.id} className="rounded-md border border-slate-200 p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={href} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {a.title}
                </Link>
                <span className="text-sm text-slate-600">
                  {a.status === "SUBMITTED" && a.submittedAt
                    ? t("submitted", {
                        date: format.dateTime(a.submittedAt, { dateStyle: "medium" }),
                        model: a.model.title,
                        version: a.model.version,
                      })
                    : t("draft", { count: a._count.answers, model: a.model.title, version: a.model.version })}
                </span>
              </div>
              {a.status === "SUBMITTED" && model ? (
                <ul className="mt-3 flex flex-wrap gap-2" aria-label={t("levels")}>
                  {model.aspects.map((aspect) => {
                    const level = a.aspectScores.find((s) => s.aspectId === aspect.id)?.level ?? null;
                    return (
                      <li key={aspect.id} className="flex items-center gap-1 text-xs text-slate-700">
                        {aspect.name}:{" "}
                        <LevelBadge
                          level={level}
                          name={levelName(model, level)}
                          maxLevel={model.levels.length}
                        />
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
