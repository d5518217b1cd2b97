import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { getSsoSettings } from "@/lib/data/sso";
import { pageGuard, requireOrg } from "@/lib/authz";
import { callbackUri } from "@/lib/sso/http";
import { formatRoleMapping } from "@/lib/sso/rules";
import { SsoSettingsForm } from "./sso-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.sso");
  return { title: t("title") };
}

const code = (chunks: ReactNode) => <code>{chunks}</code>;
const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

export default async function SsoSettingsPage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug, "ADMIN"));
  const settings = await pageGuard(getSsoSettings(ctx));
  const redirectUri = callbackUri(new Request("http://localhost", { headers: await headers() }));
  const t = await getTranslations("admin.sso");
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="lg:col-span-2">
        <h1 className="mb-1 text-2xl font-semibold">{t("heading")}</h1>
        <p className="mb-4 text-sm text-slate-700">{t("intro", { org: ctx.orgName })}</p>
        <SsoSettingsForm
          orgSlug={orgSlug}
          initial={
            settings
              ? {
                  enabled: settings.enabled,
                  issuer: settings.issuer,
                  clientId: settings.clientId,
                  isSecretSet: settings.isSecretSet,
                  allowedDomains: settings.allowedDomains.join("\n"),
                  defaultRole: settings.defaultRole,
                  passwordAllowed: settings.passwordAllowed,
                  groupsClaim: settings.groupsClaim,
                  roleMapping: formatRoleMapping(settings.roleMapping),
                }
              : null
          }
        />
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold">{t("idpTitle")}</h2>
        <p className="text-sm text-slate-700">{t("idpText")}</p>
        <p
          className="mt-2 break-all rounded bg-slate-100 px-2 py-1 font-mono text-xs"
          data-testid="redirect-uri"
        >
          {redirectUri}
        </p>
        <p className="mt-3 text-sm text-slate-700">
          {t.rich("scopes", {
            code,
            keycloak: "https://kc.example.com/realms/acme",
            okta: "https://acme.okta.com/oauth2/default",
            entra: "https://login.microsoftonline.com/<tenant-id>/v2.0",
          })}
        </p>
        <p className="mt-3 text-sm text-slate-700">{t.rich("howTo", { strong, code, slug: orgSlug })}</p>
      </Card>
    </div>
  );
}
