import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LevelBadge } from "@/components/level-badge";
import { PlanHeader } from "@/components/plans/plan-header";
import { SuggestionForm } from "./suggestion-form";
import { Card } from "@/components/ui/card";
import { getPlanSuggestions } from "@/lib/data/plans/suggestions";
import { gapText } from "@/components/journey/gap-text";
import { levelName } from "@/lib/model/schema";
import { currentIteration } from "@/lib/plans/review";
import { loadPlan, type TPlanParams } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  const tm = await getTranslations("plans.meta");
  return { title: tm("titleSuggestions") };
}

export default async function SuggestionsPage({ params }: Readonly<{ params: TPlanParams }>) {
  const { orgSlug, teamId, journeyId } = await params;
  const { ctx, plan, scope, base, levelNames, header } = await loadPlan(orgSlug, teamId, journeyId);
  if (!plan.canEdit) notFound();
  const { gaps, suggestions, latestAt } = await getPlanSuggestions(ctx, journeyId);
  const model = plan.definition;
  const open = plan.iterations.filter((i) => i.status === "OPEN");
  const t = await getTranslations("plans.suggestions");
  const format = await getFormatter();
  const describeGap = await gapText();
  return (
    <div className="space-y-5">
      <PlanHeader {...header} active="suggestions" />
      <Card className="min-w-0">
        <h2 className="font-semibold">{t("gap")}</h2>
        <p className="mb-2 text-sm text-slate-700">
          {latestAt
            ? t("gapIntro", { date: format.dateTime(new Date(latestAt), { dateStyle: "medium" }) })
            : t("gapIntroNone")}
        </p>
        <ul className="grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
          {gaps.map((g) => (
            <li key={g.aspectId} className="flex min-w-0 flex-wrap items-center gap-1">
              <span className="font-medium">{g.aspectName}:</span>
              <LevelBadge
                level={g.current}
                name={levelName(model, g.current)}
                maxLevel={model.levels.length}
              />{" "}
              →{" "}
              {g.target === null ? (
                <span className="text-slate-600">{t("noTarget")}</span>
              ) : (
                <LevelBadge
                  level={g.target}
                  name={levelName(model, g.target)}
                  maxLevel={model.levels.length}
                />
              )}
              <span className="text-slate-700">({describeGap(g)})</span>
            </li>
          ))}
        </ul>
      </Card>
      <Card className="min-w-0">
        <h2 className="mb-1 font-semibold">{t("title")}</h2>
        <p className="mb-4 text-sm text-slate-700">{t("intro")}</p>
        {suggestions.length === 0 ? (
          <p className="text-sm text-slate-700">
            {t.rich("nothing", {
              link: (c) => (
                <Link className="text-brand-700 underline" href={`${base}/steps/new`}>
                  {c}
                </Link>
              ),
            })}
          </p>
        ) : (
          <SuggestionForm
            scope={scope}
            suggestions={suggestions}
            levelNames={levelNames}
            iterations={open}
            defaultIterationId={currentIteration(plan.iterations, plan.today)?.id ?? ""}
          />
        )}
      </Card>
    </div>
  );
}
