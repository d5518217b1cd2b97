import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { Card } from "@/components/ui/card";
import { pageGuard, requireOrg } from "@/lib/authz";
import { listModels } from "@/lib/data/models";
import { listTeams } from "@/lib/data/teams";
import { isoDay } from "@/lib/dates";
import { createCampaignAction } from "../actions";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  // Facilitators and admins; everyone else gets "not found", like other management pages.
  const ctx = await pageGuard(requireOrg(orgSlug, "FACILITATOR"));
  const [models, teams, t] = await Promise.all([
    listModels(ctx),
    listTeams(ctx),
    getTranslations("campaigns"),
  ]);
  const groups = [...new Set(teams.map((team) => team.group).filter(Boolean))].sort();
  const today = new Date();
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("newHeading")}</h1>
        <p className="text-slate-700">{t("newIntro")}</p>
      </div>
      <Card>
        <CampaignForm
          orgSlug={orgSlug}
          action={createCampaignAction}
          models={models.map((m) => ({ id: m.id, label: `${m.title} v${m.version}` }))}
          groups={groups}
          teams={teams.map((team) => ({ id: team.id, name: team.name, group: team.group }))}
          defaults={{ opensOn: isoDay(today), dueOn: isoDay(new Date(today.getTime() + 21 * 86_400_000)) }}
        />
      </Card>
    </div>
  );
}
