import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { pageGuard, requireOrg } from "@/lib/authz";
import { orgPath } from "@/lib/paths";
import { DeleteOrgForm } from "./delete-org-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.data");
  return { title: t("title") };
}

export default async function OrgDataPage({ params }: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug, "ADMIN"));
  const t = await getTranslations("admin.data");
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <Card>
        <h2 className="mb-2 font-semibold">{t("export")}</h2>
        <p className="mb-3 text-sm text-slate-700">{t("exportText")}</p>
        <a className={buttonClass("secondary")} href={orgPath(ctx.orgSlug, "data", "export")} download>
          {t("download")}
        </a>
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold text-red-800">{t("deleteTitle", { org: ctx.orgName })}</h2>
        <p className="mb-3 text-sm text-slate-700">{t("deleteText")}</p>
        <DeleteOrgForm orgSlug={ctx.orgSlug} />
      </Card>
    </div>
  );
}
