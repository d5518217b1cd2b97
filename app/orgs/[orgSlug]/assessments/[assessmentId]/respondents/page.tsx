import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("respondents");
  return { title: t("status.title") };
}

type TProps = Readonly<{ params: Promise<{ orgSlug: string; assessmentId: string }> }>;

/** The lead's view while respondents answer: who joined, how far they are, and closing answering. */
export default async function RespondentsPage({ params }: TProps) {
  const { orgSlug, assessmentId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const [status, t] = await Promise.all([
    pageGuard(getRespondentStatus(ctx, assessmentId)),
    getTranslations("respondents"),
  ]);
  const base = assessmentPath(orgSlug, assessmentId);
  if (!status.isOpen) redirect(status.status === "SUBMITTED" ? `${base}/results` : `${base}/consensus`);
  const answeredAny = status.respondents.filter((r) => r.answered > 0).length;
  const finished = status.respondents.filter((r) => r.finishedAt).length;

  return (
    <div className="space-y-6">
      <header>
        <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
          <Link className="underline" href={teamPath(orgSlug, status.team.id)}>
            {status.team.name}
          </Link>{" "}
          / {t("status.title")}
        </nav>
        <h1 className="mt-1 text-2xl font-semibold">{status.title}</h1>
        <p className="text-sm text-slate-700">
          {t("status.summary", { count: status.respondents.length, answering: answeredAny, finished })}
        </p>
      </header>
      <Card className="space-y-3">
        <h2 className="font-semibold">{t("status.inviteTitle")}</h2>
        <p className="text-sm text-slate-700">{t("status.inviteBody", { team: status.team.name })}</p>
        <ShareLink path={`${base}/respond`} />
        {status.canRespond ? (
          <Link className={buttonClass("secondary", "sm")} href={`${base}/respond`}>
            {t("status.answerYourself")}
          </Link>
        ) : null}
      </Card>
      <Card className="space-y-4">
        <h2 className="font-semibold">{t("status.whoTitle")}</h2>
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
        <h2 className="font-semibold">{t("status.closeTitle")}</h2>
        <p className="text-sm text-slate-700">{t("status.closeBody")}</p>
        <ActionButton
          action={closeAnsweringAction}
          fields={{ orgSlug, assessmentId }}
          label={t("status.closeTitle")}
          pendingLabel={t("status.closing")}
        />
      </Card>
    </div>
  );
}
