import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageGuard, requireOrg } from "@/lib/authz";
import { ImportModelForm } from "./import-model-form";

export const metadata: Metadata = { title: "Import a model" };

export default async function ImportModelPage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  await pageGuard(requireOrg(orgSlug, "ADMIN"));
  const t = await getTranslations("modelImport");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ImportModelForm orgSlug={orgSlug} />
    </div>
  );
}
