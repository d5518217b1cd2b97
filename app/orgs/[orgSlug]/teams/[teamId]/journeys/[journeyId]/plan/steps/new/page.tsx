import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PlanHeader } from "@/components/plans/plan-header";
import { StepForm } from "@/components/plans/step-form";
import { Card } from "@/components/ui/card";
import { getPlanSuggestions } from "@/lib/data/plans/suggestions";
import { currentIteration } from "@/lib/plans/review";
import { createStepAction } from "../../actions";
import { loadPlan, type TPlanParams } from "../../load";
import { stepFormOptions } from "../form-props";

export async function generateMetadata(): Promise<Metadata> {
  const tm = await getTranslations("plans.meta");
  return { title: tm("titleNewStep") };
}

export default async function NewStepPage({ params }: Readonly<{ params: TPlanParams }>) {
  const { orgSlug, teamId, journeyId } = await params;
  const { ctx, plan, header } = await loadPlan(orgSlug, teamId, journeyId);
  if (!plan.canEdit) notFound();
  // Default to the first aspect still below its target, at the level to work on next.
  const { gaps } = await getPlanSuggestions(ctx, journeyId);
  const gap = gaps.find((g) => g.status === "below" || g.status === "not-assessed") ?? gaps[0];
  const t = await getTranslations("plans");
  const options = stepFormOptions(plan, null, (name) => t("iterationClosed", { name }));
  return (
    <div className="space-y-5">
      <PlanHeader {...header} active="new" />
      <Card className="max-w-3xl">
        <h2 className="mb-3 font-semibold">{t("form.newTitle")}</h2>
        <StepForm
          action={createStepAction}
          hidden={{ orgSlug, teamId, journeyId }}
          {...options}
          initial={{
            title: "",
            aspectId: gap?.aspectId ?? options.aspects[0]?.id ?? "",
            level: gap?.next?.level ?? Math.min(2, options.levels.length),
            characteristic: "",
            ownerId: null,
            dueOn: null,
            status: "TODO",
            notes: "",
            iterationId: currentIteration(plan.iterations, plan.today)?.id ?? null,
            outcomeId: null,
          }}
          submitLabel={t("header.addStep")}
        />
      </Card>
    </div>
  );
}
