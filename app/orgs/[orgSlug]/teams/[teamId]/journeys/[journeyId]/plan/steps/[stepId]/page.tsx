import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PlanHeader } from "@/components/plans/plan-header";
import { StatusBadge } from "@/components/plans/step-meta";
import { StepForm } from "@/components/plans/step-form";
import { Card } from "@/components/ui/card";
import { getStepJira } from "@/lib/data/jira";
import { requireOrg } from "@/lib/authz";
import { updateStepAction } from "../../actions";
import { loadPlan, type TPlanParams, type TSearchParams } from "../../load";
import { stepFormOptions } from "../form-props";
import { CreateJiraIssueForm } from "./jira-issue";

export async function generateMetadata(): Promise<Metadata> {
  const tm = await getTranslations("plans.meta");
  return { title: tm("titleEditStep") };
}

export default async function EditStepPage({
  params,
  searchParams,
}: Readonly<{ params: Promise<Awaited<TPlanParams> & { stepId: string }>; searchParams: TSearchParams }>) {
  const { orgSlug, teamId, journeyId, stepId } = await params;
  const { plan, header } = await loadPlan(orgSlug, teamId, journeyId);
  const step = plan.steps.find((s) => s.id === stepId);
  if (!step || !plan.canEdit) notFound();
  const returnTo = (await searchParams).from === "list" ? "list" : "board";
  const jira = await getStepJira(await requireOrg(orgSlug), stepId);
  const t = await getTranslations("plans");
  const format = await getFormatter();
  return (
    <div className="space-y-5">
      <PlanHeader {...header} active={returnTo} />
      <Card className="max-w-3xl">
        <div className="mb-3 flex flex-wrap items-center gap-2">
          <h2 className="font-semibold">{t("form.editTitle")}</h2>
          <StatusBadge status={step.status} />
          <span className="text-xs text-slate-600">
            {t(step.suggestionKey ? "form.versionSuggested" : "form.version", {
              version: step.version,
              date: format.dateTime(new Date(step.updatedAt), { dateStyle: "medium" }),
            })}
          </span>
        </div>
        <StepForm
          action={updateStepAction}
          hidden={{ orgSlug, teamId, journeyId, stepId, returnTo }}
          {...stepFormOptions(plan, step.iterationId, (name) => t("iterationClosed", { name }))}
          initial={step}
          version={step.version}
          submitLabel={t("form.save")}
        />
      </Card>
      <Card className="max-w-3xl">
        <h2 className="mb-2 font-semibold">{t("jira.title")}</h2>
        {jira.issue ? (
          <p className="text-sm">
            {t("jira.issue")}{" "}
            {jira.issue.url ? (
              <a className="font-medium underline" href={jira.issue.url} target="_blank" rel="noreferrer">
                {jira.issue.key}
              </a>
            ) : (
              <span className="font-mono">{jira.issue.key}</span>
            )}
          </p>
        ) : jira.configured ? (
          <CreateJiraIssueForm
            hidden={{ orgSlug, teamId, journeyId, stepId }}
            projectKey={jira.projectKey ?? ""}
          />
        ) : (
          <p className="text-sm text-slate-600">{t("jira.notConnected")}</p>
        )}
      </Card>
    </div>
  );
}
