import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionButton } from "@/components/respondents/action-button";
import { assessmentPath, teamPath } from "@/lib/paths";
import { AddRespondentForm } from "./add-respondent-form";
import { RespondentTable } from "./respondent-table";
import { ShareLink } from "@/components/respondents/share-link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getRespondentStatus } from "@/lib/data/respondents";
import { pageGuard, requireOrg } from "@/lib/authz";
import { closeAnsweringAction } from "./actions";

export const metadata: Metadata = { title: "Respondents" };

type TProps = Readonly<{ params: Promise<{ orgSlug: string; assessmentId: string }> }>;

/** The lead's view while respondents answer: who joined, how far they are, and closing answering. */
export default async function RespondentsPage({ params }: TProps) {
  const { orgSlug, assessmentId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const status = await pageGuard(getRespondentStatus(ctx, assessmentId));
  const base = assessmentPath(orgSlug, assessmentId);
  if (!status.isOpen) redirect(status.status === "SUBMITTED" ? `${base}/results` : `${base}/consensus`);
  const answeredAny = status.respondents.filter((r) => r.answered > 0).length;
  const finished = status.respondents.filter((r) => r.finishedAt).length;

  return (
    <div className="space-y-6">
      <header>
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
          <Link className="underline" href={teamPath(orgSlug, status.team.id)}>
            {status.team.name}
          </Link>{" "}
          / Respondents
        </nav>
        <h1 className="mt-1 text-2xl font-semibold">{status.title}</h1>
        <p className="text-sm text-slate-700">
          Open to respondents · {status.respondents.length}{" "}
          {status.respondents.length === 1 ? "respondent" : "respondents"}, {answeredAny} answering,{" "}
          {finished} finished
        </p>
      </header>
      <Card className="space-y-3">
        <h2 className="font-semibold">Invite the team</h2>
        <p className="text-sm text-slate-700">
          Share this link with members of {status.team.name}. Everyone answers privately and their answers
          save as they go: nobody sees anyone else&apos;s answers until you close answering.
        </p>
        <ShareLink path={`${base}/respond`} />
        {status.canRespond ? (
          <Link className={buttonClass("secondary", "sm")} href={`${base}/respond`}>
            Answer it yourself
          </Link>
        ) : null}
      </Card>
      <Card className="space-y-4">
        <h2 className="font-semibold">Who has answered</h2>
        <RespondentTable
          orgSlug={orgSlug}
          assessmentId={assessmentId}
          total={status.totalQuestions}
          respondents={status.respondents}
          canRemove
        />
        <AddRespondentForm orgSlug={orgSlug} assessmentId={assessmentId} members={status.addable} />
      </Card>
      <Card className="space-y-3">
        <h2 className="font-semibold">Close answering</h2>
        <p className="text-sm text-slate-700">
          Closing stops all changes to respondents&apos; answers. The team then sees how everyone answered,
          and each question starts with the respondents&apos; median as the team&apos;s answer, which you can
          change where the discussion agrees on something else.
        </p>
        <ActionButton
          action={closeAnsweringAction}
          fields={{ orgSlug, assessmentId }}
          label="Close answering"
          pendingLabel="Closing…"
        />
      </Card>
    </div>
  );
}
