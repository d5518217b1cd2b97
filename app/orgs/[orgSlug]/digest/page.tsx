import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DigestSettingsForm } from "@/components/digests/digest-settings-form";
import { Card } from "@/components/ui/card";
import { pageGuard, requireOrg } from "@/lib/authz";
import { getMyDigest } from "@/lib/data/digests";
import type { TTeamMove } from "@/lib/digests/content";
import { assessmentPath, campaignsPath, orgPath, planPath } from "@/lib/paths";
import { setDigestFrequencyAction } from "./actions";

export const metadata: Metadata = { title: "Digest" };

type TItem = { key: string; text: string; href: string };

/**
 * The caller's digest: their own setting (off by default) and the digest of the last completed period
 * of their frequency (monthly while off), the same content the mail carries. Without a mail server this
 * page is where the digest is read.
 */
export default async function DigestPage({ params }: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const [{ frequency, digest }, t] = await Promise.all([getMyDigest(ctx), getTranslations("digest")]);
  const move = (m: TTeamMove): TItem => ({
    key: m.teamId + m.assessmentId,
    text: `${m.teamName}: ${m.changes.map((c) => `${c.aspectName} ${c.from} → ${c.to}`).join(", ")}`,
    href: assessmentPath(orgSlug, m.assessmentId, "results"),
  });
  const sections: Array<{ title: string; empty: string; items: TItem[]; note?: string }> = [
    { title: t("movedUp"), empty: t("noneUp"), items: digest.movedUp.map(move) },
    { title: t("movedDown"), empty: t("noneDown"), items: digest.movedDown.map(move) },
    ...(digest.mixed.length ? [{ title: t("movedBoth"), empty: "", items: digest.mixed.map(move) }] : []),
    {
      title: t("goneStale"),
      empty: t("noneStale"),
      items: digest.goneStale.map((s) => ({
        key: s.teamId,
        text: t("lastAssessed", { team: s.teamName, date: s.lastSubmitted }),
        href: orgPath(orgSlug, "teams", s.teamId),
      })),
      note: digest.staleTeams > 0 ? t("staleInAll", { count: digest.staleTeams }) : undefined,
    },
    {
      title: t("overdueSteps"),
      empty: t("noneOverdue"),
      items: digest.overdueSteps.map((s) => ({
        key: s.id,
        text: t("stepDue", { team: s.teamName, step: s.title, date: s.dueOn }),
        href: planPath(orgSlug, s.teamId, s.journeyId),
      })),
      note: digest.moreOverdueSteps > 0 ? t("more", { count: digest.moreOverdueSteps }) : undefined,
    },
    {
      title: t("campaigns"),
      empty: t("noneCampaigns"),
      items: digest.campaigns.map((c) => ({
        key: c.id,
        text:
          t(c.closed ? "campaignClosed" : "campaignOpen", {
            title: c.title,
            submitted: c.submitted,
            total: c.total,
            date: c.dueOn,
          }) + (c.overdue > 0 ? `, ${t("campaignOverdue", { count: c.overdue })}` : ""),
        href: campaignsPath(orgSlug, c.id),
      })),
    },
  ];
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </header>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">{t("settingsTitle")}</h2>
        <DigestSettingsForm action={setDigestFrequencyAction} orgSlug={orgSlug} frequency={frequency} />
      </Card>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">
          {t("periodTitle", { org: digest.orgName, period: digest.period.label })}
        </h2>
        {sections.map((s) => (
          <section key={s.title} aria-label={s.title}>
            <h3 className="font-medium">{s.title}</h3>
            {s.items.length === 0 ? (
              <p className="text-sm text-slate-600">{s.empty}</p>
            ) : (
              <ul className="list-disc pl-5 text-sm">
                {s.items.map((i) => (
                  <li key={i.key}>
                    <Link href={i.href} className="text-brand-700 underline">
                      {i.text}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {s.note ? <p className="text-sm text-slate-600">{s.note}</p> : null}
          </section>
        ))}
      </Card>
    </div>
  );
}
