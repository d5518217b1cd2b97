import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ConsensusReport } from "@/components/respondents/consensus-report";
import { SubmitPanel } from "@/components/questionnaire/submit-panel";
import { Card } from "@/components/ui/card";
import { agreedAspectLevels } from "@/lib/consensus/collective";
import { getConsensus } from "@/lib/data/respondents/consensus";
import { formatDate } from "@/lib/format";
import { assessmentPath, teamPath } from "@/lib/paths";
import { submitAssessmentAction } from "../actions";
import { recordConsensusAction } from "./actions";
import { pageGuard, requireOrg } from "@/lib/authz";

export const metadata: Metadata = { title: "Consensus" };

type TProps = Readonly<{ params: Promise<{ orgSlug: string; assessmentId: string }> }>;

/** After answering closed: how everyone answered, the discussion topics, and the lead recording the agreed answers. */
export default async function ConsensusPage({ params }: TProps) {
  const { orgSlug, assessmentId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const data = await pageGuard(getConsensus(ctx, assessmentId));
  const base = assessmentPath(orgSlug, assessmentId);
  if (data.status === "SUBMITTED") redirect(`${base}/results`);
  const { model, report } = data;

  return (
    <div className="space-y-6">
      <header>
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
          <Link className="underline" href={teamPath(orgSlug, data.team.id)}>
            {data.team.name}
          </Link>{" "}
          / Consensus
        </nav>
        <h1 className="mt-1 text-2xl font-semibold">{data.title}</h1>
        <p className="text-sm text-slate-700">
          {model.title} v{model.version} ·{" "}
          {report
            ? `answering closed ${formatDate(data.responsesClosedAt)} · ${report.respondents} ${report.respondents === 1 ? "respondent" : "respondents"}`
            : "answering is still open"}
        </p>
      </header>
      {report === null ? (
        <Card>
          <h2 className="font-semibold">Answers stay private until answering closes</h2>
          <p className="mt-1 text-sm text-slate-700">
            Nobody sees how others answered before the lead closes answering.
          </p>
          <p className="mt-2 text-sm">
            <Link
              className="font-medium text-brand-700 underline"
              href={data.canManage ? `${base}/respondents` : `${base}/respond`}
            >
              {data.canManage ? "See who has answered" : "Go to your answers"}
            </Link>
          </p>
        </Card>
      ) : (
        <>
          {data.canRecord ? (
            <p role="note" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-slate-800">
              Each question starts with the respondents&apos; median as the team&apos;s answer. Discuss the
              topics below and record the agreed answer where the team settles on something else, with a note
              saying why.
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
