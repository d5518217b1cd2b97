import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { pageGuard, requireOrg } from "@/lib/authz";
import { getEvidenceFreshnessDays } from "@/lib/data/evidence";
import { EvidenceFreshnessForm } from "./evidence-form";

export const metadata: Metadata = { title: "Evidence freshness" };

/** Admins only: everyone else gets the same 404 as an unknown page. */
export default async function EvidenceSettingsPage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug, "ADMIN"));
  const [days, t] = await Promise.all([getEvidenceFreshnessDays(ctx), getTranslations("evidence")]);
  return (
    <Card className="max-w-2xl">
      <h1 className="mb-1 text-2xl font-semibold">{t("heading")}</h1>
      <p className="mb-4 text-sm text-slate-700">{t("intro")}</p>
      <EvidenceFreshnessForm orgSlug={orgSlug} days={days} />
    </Card>
  );
}
