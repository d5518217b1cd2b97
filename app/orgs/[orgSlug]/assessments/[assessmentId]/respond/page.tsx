import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { assessmentPath, teamPath } from "@/lib/paths";
import { FinishPanel } from "./finish-panel";
import { Questionnaire } from "@/components/questionnaire/questionnaire";
import type { TAnswerState } from "@/components/questionnaire/types";
import { Card } from "@/components/ui/card";
import { getMyResponses } from "@/lib/data/respondents/responses";
import { formatDate } from "@/lib/format";
import { pageGuard, requireOrg } from "@/lib/authz";

export const metadata: Metadata = { title: "Your answers" };

type TProps = Readonly<{
  params: Promise<{ orgSlug: string; assessmentId: string }>;
  searchParams: Promise<{ aspect?: string }>;
}>;

/** The link the lead shares: a team member answers privately, with autosave. Joining happens on the first answer. */
export default async function RespondPage({ params, searchParams }: TProps) {
  const { orgSlug, assessmentId } = await params;
  const { aspect } = await searchParams;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const mine = await pageGuard(getMyResponses(ctx, assessmentId));
  const base = assessmentPath(orgSlug, assessmentId);
  if (mine.status === "SUBMITTED") redirect(`${base}/results`);
  const { model } = mine;
  const initialAnswers: Record<string, TAnswerState> = Object.fromEntries(
    mine.responses.map((r) => [
      r.questionId,
      { level: r.level, notSure: r.notSure, notes: r.notes, evidenceUrl: "" },
    ]),
  );
  const answered = new Set(
    mine.responses.filter((r) => r.level !== null || r.notSure).map((r) => r.questionId),
  );
  const firstOpen = model.aspects.find((a) => a.questions.some((q) => !answered.has(q.id)));
  const initialAspectId = model.aspects.some((a) => a.id === aspect)
    ? aspect!
    : (firstOpen ?? model.aspects[0]!).id;
  const mayAnswer = mine.isRespondent || mine.canRespond;

  return (
    <div className="space-y-6">
      <header>
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
          <Link className="underline" href={teamPath(orgSlug, mine.team.id)}>
            {mine.team.name}
          </Link>{" "}
          / Your answers
        </nav>
        <h1 className="mt-1 text-2xl font-semibold">{mine.title}</h1>
        <p className="text-sm text-slate-700">
          {model.title} v{model.version} · your answers are private and save automatically
        </p>
        {mine.isOpen && mine.canManage ? (
          <p className="mt-2 text-sm">
            <Link className="font-medium text-brand-700 underline" href={`${base}/respondents`}>
              See who has answered
            </Link>
          </p>
        ) : null}
        {!mine.isOpen ? (
          <p role="note" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            The lead closed answering on {formatDate(mine.responsesClosedAt)}, so answers can no longer
            change.{" "}
            <Link className="font-medium underline" href={`${base}/consensus`}>
              See how the team answered
            </Link>
          </p>
        ) : null}
      </header>
      {mayAnswer ? (
        <Questionnaire
          endpoint={`/api/orgs/${orgSlug}/assessments/${assessmentId}/responses`}
          model={model}
          initialAnswers={initialAnswers}
          initialAspectId={initialAspectId}
          isReadOnly={!mine.isOpen}
          orgSlug={orgSlug}
          assessmentId={assessmentId}
          hasEvidence={false}
          footer={
            mine.isOpen ? (
              <FinishPanel orgSlug={orgSlug} assessmentId={assessmentId} finishedAt={mine.finishedAt} />
            ) : null
          }
        />
      ) : (
        <Card>
          <h2 className="font-semibold">Only members of {mine.team.name} answer</h2>
          <p className="mt-1 text-sm text-slate-700">
            This assessment is answered by the team&apos;s members. You can read the results once the team has
            submitted it.
          </p>
        </Card>
      )}
    </div>
  );
}
