import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanHeader } from "@/components/plans/plan-header";
import { StatusBadge } from "@/components/plans/step-meta";
import { StepForm } from "@/components/plans/step-form";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { updateStepAction } from "../../actions";
import { loadPlan, type TPlanParams, type TSearchParams } from "../../load";
import { stepFormOptions } from "../form-props";

export const metadata: Metadata = { title: "Edit step" };

export default async function EditStepPage({
  params,
  searchParams,
}: Readonly<{ params: Promise<Awaited<TPlanParams> & { stepId: string }>; searchParams: TSearchParams }>) {
  const { orgSlug, teamId, journeyId, stepId } = await params;
  const { plan, header } = await loadPlan(orgSlug, teamId, journeyId);
  const step = plan.steps.find((s) => s.id === stepId);
  if (!step || !plan.canEdit) notFound();
  const returnTo = (await searchParams).from === "list" ? "list" : "board";
  return (
    <div className="space-y-5">
      <PlanHeader {...header} active={returnTo} />
      <Card className="max-w-3xl">
        <div className="mb-3 flex flex-wrap items-center gap-2">
          <h2 className="font-semibold">Edit step</h2>
          <StatusBadge status={step.status} />
          <span className="text-xs text-slate-600">
            version {step.version} · last saved {formatDate(step.updatedAt)}
            {step.suggestionKey ? " · from the model's suggestions" : ""}
          </span>
        </div>
        <StepForm
          action={updateStepAction}
          hidden={{ orgSlug, teamId, journeyId, stepId, returnTo }}
          {...stepFormOptions(plan, step.iterationId)}
          initial={step}
          version={step.version}
          submitLabel="Save step"
        />
      </Card>
    </div>
  );
}
