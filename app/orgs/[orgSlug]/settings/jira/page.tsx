import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { getJiraSettings } from "@/lib/data/jira";
import { pageGuard, requireOrg } from "@/lib/authz";
import { DisconnectJiraForm, JiraSettingsForm } from "./jira-form";

export const metadata: Metadata = { title: "Jira" };

/** Admins only: everyone else gets the same 404 as an unknown page. */
export default async function JiraSettingsPage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug, "ADMIN"));
  const settings = await pageGuard(getJiraSettings(ctx));
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="lg:col-span-2">
        <h1 className="mb-1 text-2xl font-semibold">Jira</h1>
        <p className="mb-4 text-sm text-slate-700">
          Connect Jira Cloud so people who plan can turn a plan step into a Jira issue (“Create Jira issue” on
          the step). Stepwise calls the Jira REST API with this account; the API token is stored encrypted.
        </p>
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
        <h2 className="mb-2 font-semibold">Status</h2>
        {settings ? (
          <div className="space-y-3 text-sm text-slate-700">
            <p>
              Connected to <span className="font-mono">{settings.baseUrl}</span>, project{" "}
              <span className="font-mono">{settings.projectKey}</span>.
            </p>
            <DisconnectJiraForm orgSlug={orgSlug} />
          </div>
        ) : (
          <p className="text-sm text-slate-700">Not connected.</p>
        )}
      </Card>
    </div>
  );
}
