import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CampaignPhaseBadge } from "@/components/campaigns/campaign-progress";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { hasRole, pageGuard, requireOrg } from "@/lib/authz";
import { listCampaigns } from "@/lib/data/campaigns";
import { isoDay } from "@/lib/dates";
import { campaignsPath } from "@/lib/paths";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaigns");
  return { title: t("metaTitle") };
}

export default async function CampaignsPage({ params }: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const [campaigns, t] = await Promise.all([listCampaigns(ctx), getTranslations("campaigns")]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("heading")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </div>
        {hasRole(ctx.role, "FACILITATOR") ? (
          <Link href={campaignsPath(orgSlug, "new")} className={buttonClass()}>
            {t("new")}
          </Link>
        ) : null}
      </div>
      <Card>
        {campaigns.length === 0 ? (
          <p className="text-sm text-slate-700">{t("none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <thead className="text-slate-700">
                <tr>
                  <th scope="col" className="px-2 py-2 font-medium">
                    {t("campaign")}
                  </th>
                  <th scope="col" className="px-2 py-2 font-medium">
                    {t("status")}
                  </th>
                  <th scope="col" className="px-2 py-2 font-medium">
                    {t("dates")}
                  </th>
                  <th scope="col" className="px-2 py-2 font-medium">
                    {t("progress")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {campaigns.map((c) => (
                  <tr key={c.id} className="border-t border-slate-100">
                    <th scope="row" className="px-2 py-2 font-medium">
                      <Link href={campaignsPath(orgSlug, c.id)} className="text-brand-700 underline">
                        {c.title}
                      </Link>
                      <span className="block text-xs font-normal text-slate-600">
                        {t("modelVersion", { title: c.model.title, version: c.model.version })}
                      </span>
                    </th>
                    <td className="px-2 py-2">
                      <CampaignPhaseBadge phase={c.phase} />
                    </td>
                    <td className="whitespace-nowrap px-2 py-2 text-slate-700">
                      {isoDay(c.opensOn)} → {isoDay(c.dueOn)}
                    </td>
                    <td className="px-2 py-2 text-slate-700">
                      {t("submittedOf", { submitted: c.counts.submitted, total: c.counts.total })}
                      {c.counts.overdue > 0 ? ` · ${t("overdueCount", { count: c.counts.overdue })}` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
