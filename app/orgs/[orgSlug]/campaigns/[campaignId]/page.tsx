import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CloseCampaignForm, SendRemindersForm } from "@/components/campaigns/campaign-actions";
import {
  CampaignCounts,
  CampaignPhaseBadge,
  CampaignTeamTable,
} from "@/components/campaigns/campaign-progress";
import { HeatmapTable } from "@/components/charts/heatmap-table";
import { Card } from "@/components/ui/card";
import { hasRole, pageGuard, requireOrg } from "@/lib/authz";
import { getCampaign } from "@/lib/data/campaigns";
import { isoDay } from "@/lib/dates";
import { mailConfigured } from "@/lib/mail/send";
import { campaignsPath } from "@/lib/paths";
import { closeCampaignAction, sendRemindersAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaigns");
  return { title: t("metaTitleOne") };
}

export default async function CampaignPage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string; campaignId: string }> }>) {
  const { orgSlug, campaignId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const [c, t] = await Promise.all([pageGuard(getCampaign(ctx, campaignId)), getTranslations("campaigns")]);
  const canManage = hasRole(ctx.role, "FACILITATOR") && c.status === "OPEN";
  const due = c.teams.filter((team) => team.reminder !== null);
  const mail = mailConfigured();
  const format = await getFormatter();
  const formatDate = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium" });
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{c.title}</h1>
          <CampaignPhaseBadge phase={c.phase} />
        </div>
        <p className="text-slate-700">
          {t("modelVersion", { title: c.model.title, version: c.model.version })} · {t(`mode.${c.mode}`)} ·{" "}
          {c.selection === "GROUP"
            ? t("selectionGroup", { group: c.teamGroup })
            : t(`selection.${c.selection}`)}
        </p>
        <p className="text-sm text-slate-700">
          {t("opensDue", { opensOn: isoDay(c.opensOn), dueOn: isoDay(c.dueOn) })}
          {c.closedAt ? ` · ${t("closedOn", { date: formatDate(c.closedAt) })}` : ""}
        </p>
      </div>

      <CampaignCounts counts={c.counts} />

      <Card>
        <h2 className="mb-2 font-semibold">{t("teamsHeading")}</h2>
        <CampaignTeamTable orgSlug={orgSlug} teams={c.teams} questions={c.questions} />
      </Card>

      <Card className="min-w-0">
        <h2 className="font-semibold">{t("roundHeading")}</h2>
        <p className="mb-2 text-xs text-slate-600">
          {c.status === "CLOSED" ? t("roundHintClosed") : t("roundHintOpen")}{" "}
          {t("roundResults", { results: c.round.results, total: c.counts.total })}
        </p>
        <HeatmapTable
          orgSlug={orgSlug}
          aspects={c.model.aspects}
          levelNames={c.model.levels.map((l) => l.name)}
          maxLevel={c.model.levels.length}
          caption={t("roundCaption", { title: c.title })}
          teams={c.teams.map((team) => ({
            teamId: team.teamId,
            teamName: team.teamName,
            group: team.group,
            assessmentId: team.inRound ? team.assessmentId : null,
            submittedLabel: team.inRound && team.submittedAt ? formatDate(team.submittedAt) : t("notInRound"),
            levels: team.levels,
          }))}
        />
        <p className="mt-2 text-sm text-slate-700">
          {t("roundMedians")}{" "}
          {c.model.aspects
            .map((a) => `${a.name} ${c.round.medians[a.id] === null ? "—" : `L${c.round.medians[a.id]}`}`)
            .join(" · ")}
        </p>
      </Card>

      {canManage ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <h2 className="font-semibold">{t("remindersHeading")}</h2>
            <p className="mb-2 text-sm text-slate-700">{t("remindersHint", { days: c.remindDaysBefore })}</p>
            <p className="mb-2 text-sm text-slate-700">{mail ? t("remindersAuto") : t("mailOff")}</p>
            {due.length === 0 ? (
              <p className="mb-2 text-sm text-slate-700">{t("noneDue")}</p>
            ) : (
              <ul className="mb-3 list-disc pl-5 text-sm text-slate-800">
                {due.map((team) => (
                  <li key={team.teamId}>
                    {team.teamName}: {t(`reason.${team.reminder!}`)} ·{" "}
                    {team.leads.length > 0 ? team.leads.join(", ") : t("noLead")}
                    {team.lastRemindedOn && isoDay(team.lastRemindedOn) === isoDay()
                      ? ` · ${t("remindedToday")}`
                      : ""}
                  </li>
                ))}
              </ul>
            )}
            {mail ? (
              <SendRemindersForm
                orgSlug={orgSlug}
                campaignId={c.id}
                action={sendRemindersAction}
                due={due.length}
              />
            ) : null}
            {due.length > 0 ? (
              <a
                className="mt-2 inline-block text-sm font-medium text-brand-700 underline"
                href={campaignsPath(orgSlug, c.id, "reminders")}
                download
              >
                {t("remindersCsv")}
              </a>
            ) : null}
          </Card>
          <Card>
            <h2 className="font-semibold">{t("closeHeading")}</h2>
            <CloseCampaignForm orgSlug={orgSlug} campaignId={c.id} action={closeCampaignAction} />
          </Card>
        </div>
      ) : null}
    </div>
  );
}
