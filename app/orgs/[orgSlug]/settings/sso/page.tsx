import type { Metadata } from "next";
import { headers } from "next/headers";
import { Card } from "@/components/ui/card";
import { getSsoSettings } from "@/lib/data/sso";
import { pageGuard, requireOrg } from "@/lib/authz";
import { callbackUri } from "@/lib/sso/http";
import { formatRoleMapping } from "@/lib/sso/rules";
import { SsoSettingsForm } from "./sso-form";

export const metadata: Metadata = { title: "Single sign-on" };

export default async function SsoSettingsPage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug, "ADMIN"));
  const settings = await pageGuard(getSsoSettings(ctx));
  const redirectUri = callbackUri(new Request("http://localhost", { headers: await headers() }));
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="lg:col-span-2">
        <h1 className="mb-1 text-2xl font-semibold">Single sign-on (OpenID Connect)</h1>
        <p className="mb-4 text-sm text-slate-700">
          People with an allowed email domain sign in through your identity provider and join {ctx.orgName}{" "}
          with the default role (or the role their groups map to).
        </p>
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
        <h2 className="mb-2 font-semibold">At your identity provider</h2>
        <p className="text-sm text-slate-700">
          Register a confidential web application (Authorization Code with PKCE, client secret sent with HTTP
          Basic) with this redirect URI:
        </p>
        <p
          className="mt-2 break-all rounded bg-slate-100 px-2 py-1 font-mono text-xs"
          data-testid="redirect-uri"
        >
          {redirectUri}
        </p>
        <p className="mt-3 text-sm text-slate-700">
          Scopes <code>openid email profile</code>. The ID token or userinfo must carry <code>email</code> and{" "}
          <code>email_verified: true</code>. Examples of issuer URLs: Keycloak{" "}
          <code>https://kc.example.com/realms/acme</code>, Okta{" "}
          <code>https://acme.okta.com/oauth2/default</code>, Entra ID{" "}
          <code>https://login.microsoftonline.com/&lt;tenant-id&gt;/v2.0</code>.
        </p>
        <p className="mt-3 text-sm text-slate-700">
          People sign in from the sign-in page with <strong>Continue with SSO</strong>, by work email or by
          the short name <code>{orgSlug}</code>.
        </p>
      </Card>
    </div>
  );
}
