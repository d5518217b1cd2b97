import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/** The assessment as a result link of the CNCF community self-assessment (models imported from its files). */
export async function CommunityExport({ url }: Readonly<{ url: string }>) {
  const t = await getTranslations("results");
  return (
    <Card>
      <h2 className="font-semibold">{t("exportTitle")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("exportText")}</p>
      <label htmlFor="community-link" className="mt-3 block text-sm font-medium text-slate-800">
        {t("exportLinkLabel")}
      </label>
      <input
        id="community-link"
        readOnly
        value={url}
        className="mt-1 block w-full min-w-0 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-800"
      />
      <a
        className="mt-2 inline-block text-sm font-medium text-brand-700 underline"
        href={url}
        rel="noreferrer"
        target="_blank"
      >
        {t("exportOpen")}
      </a>
    </Card>
  );
}
