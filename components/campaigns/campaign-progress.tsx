import clsx from "clsx";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TRollUp, TTeamState } from "@/lib/campaigns/rules";
import type { TCampaignTeamProgress } from "@/lib/data/campaigns";
import { isoDayOrNull } from "@/lib/dates";
import { assessmentPath, teamPath } from "@/lib/paths";

type TPhase = "SCHEDULED" | "OPEN" | "PAST_DUE" | "CLOSED";

const PHASE_STYLE: Record<TPhase, string> = {
  SCHEDULED: "bg-slate-100 text-slate-800",
  OPEN: "bg-green-50 text-green-800",
  PAST_DUE: "bg-amber-50 text-amber-900",
  CLOSED: "bg-slate-200 text-slate-800",
};

const STATE_STYLE: Record<TTeamState, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-800",
  IN_PROGRESS: "bg-blue-50 text-blue-900",
  SUBMITTED: "bg-green-50 text-green-800",
};

export async function CampaignPhaseBadge({ phase }: Readonly<{ phase: TPhase }>) {
  const t = await getTranslations("campaigns");
  return (
    <span className={clsx("rounded-full px-2.5 py-0.5 text-xs font-semibold", PHASE_STYLE[phase])}>
      {t(`phase.${phase}`)}
    </span>
  );
}

/** The roll-up as a row of figures: teams, not started, in progress, submitted, overdue. */
export async function CampaignCounts({ counts }: Readonly<{ counts: TRollUp }>) {
  const t = await getTranslations("campaigns");
  const items: Array<[string, number]> = [
    [t("countTeams"), counts.total],
    [t("state.NOT_STARTED"), counts.notStarted],
    [t("state.IN_PROGRESS"), counts.inProgress],
    [t("state.SUBMITTED"), counts.submitted],
    [t("overdue"), counts.overdue],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" aria-label={t("progress")}>
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-xs text-slate-600">{label}</dt>
          <dd className="text-2xl font-semibold text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Per team: state (answered k of n), overdue, leads, last reminder, and the link to the draft or results. */
export async function CampaignTeamTable({
  orgSlug,
  teams,
  questions,
}: Readonly<{
  orgSlug: string;
  teams: ReadonlyArray<TCampaignTeamProgress & { leads: string[]; lastRemindedOn: Date | null | undefined }>;
  questions: number;
}>) {
  const t = await getTranslations("campaigns");
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("teamTableCaption")}</caption>
        <thead className="text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-2 font-medium">
              {t("team")}
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              {t("status")}
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              {t("leads")}
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              {t("lastReminder")}
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              <span className="sr-only">{t("assessment")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => (
            <tr key={team.teamId} className="border-t border-slate-100" data-team={team.teamName}>
              <th scope="row" className="px-2 py-2 font-medium">
                <Link href={teamPath(orgSlug, team.teamId)} className="text-brand-700 underline">
                  {team.teamName}
                </Link>
                {team.group ? (
                  <span className="block text-xs font-normal text-slate-600">{team.group}</span>
                ) : null}
              </th>
              <td className="px-2 py-2">
                <span
                  className={clsx(
                    "whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold",
                    STATE_STYLE[team.state],
                  )}
                >
                  {team.state === "IN_PROGRESS"
                    ? t("answeredOf", { answered: team.answered, total: questions })
                    : t(`state.${team.state}`)}
                </span>
                {team.overdue ? (
                  <span className="ml-1 whitespace-nowrap rounded-full bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-800">
                    {t("overdue")}
                  </span>
                ) : null}
                {team.state === "SUBMITTED" && !team.inRound ? (
                  <span className="block text-xs text-slate-600">{t("afterClosing")}</span>
                ) : null}
              </td>
              <td className="px-2 py-2 text-slate-700">{team.leads.join(", ") || t("noLead")}</td>
              <td className="whitespace-nowrap px-2 py-2 text-slate-700">
                {isoDayOrNull(team.lastRemindedOn) ?? "—"}
              </td>
              <td className="whitespace-nowrap px-2 py-2">
                <Link
                  href={
                    team.state === "SUBMITTED"
                      ? assessmentPath(orgSlug, team.assessmentId, "results")
                      : assessmentPath(orgSlug, team.assessmentId)
                  }
                  className="text-brand-700 underline"
                  aria-label={`${team.state === "SUBMITTED" ? t("openResults") : t("openDraft")}: ${team.teamName}`}
                >
                  {team.state === "SUBMITTED" ? t("openResults") : t("openDraft")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
