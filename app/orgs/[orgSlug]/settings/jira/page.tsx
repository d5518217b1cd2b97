import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { getJiraSettings } from "@/lib/data/jira";
import { pageGuard, requireOrg } from "@/lib/authz";
import { DisconnectJiraForm, JiraSettingsForm } from "./jira-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.jira");
  return { title: t("title") };
}

/** Admins only: everyone else gets the same 404 as an unknown page. */
export default async function JiraSettingsPage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug, "ADMIN"));
  const settings = await pageGuard(getJiraSettings(ctx));
  const t = await getTranslations("admin.jira");
  const mono = (chunks: ReactNode) => <span className="font-mono">{chunks}</span>;
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="lg:col-span-2">
        <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
        <p className="mb-4 text-sm text-slate-700">{t("intro")}</p>
        <JiraSettingsForm
          orgSlug={orgSlug}
          initial={
            settings
              ? {
                  baseUrl: settings.baseUrl,
                  email: settings.email,
                  projectKey: settings.projectKey,
                  issueType: settings.issueType,
                }
              : null
          }
        />
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold">{t("status")}</h2>
        {settings ? (
          <div className="space-y-3 text-sm text-slate-700">
            <p>{t.rich("connected", { mono, url: settings.baseUrl, project: settings.projectKey })}</p>
            <DisconnectJiraForm orgSlug={orgSlug} />
          </div>
        ) : (
          <p className="text-sm text-slate-700">{t("notConnected")}</p>
        )}
      </Card>
    </div>
  );
}
