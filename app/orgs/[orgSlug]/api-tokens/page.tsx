import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { listApiTokens, type TApiTokenSummary } from "@/lib/data/api-tokens";
import { listTeams } from "@/lib/data/teams";
import { formatDate } from "@/lib/format";
import { hasRole, pageGuard, requireOrg } from "@/lib/authz";
import { CreateTokenForm, RevokeTokenForm } from "./token-forms";

export const metadata: Metadata = { title: "API tokens" };

function TokenTable({
  orgSlug,
  tokens,
  caption,
}: Readonly<{ orgSlug: string; tokens: TApiTokenSummary[]; caption: string }>) {
  if (tokens.length === 0) return <p className="text-sm text-slate-600">No tokens yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-700">
            {["Name", "Token", "Scope", "Team", "Created by", "Expires", "Last used", ""].map((h) => (
              <th key={h} scope="col" className="py-2 pr-3 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => {
            return (
              <tr key={t.id} className="border-b border-slate-100 last:border-0">
                <td className="py-2 pr-3 font-medium">{t.name}</td>
                <td className="py-2 pr-3 font-mono text-xs">{t.prefix}…</td>
                <td className="py-2 pr-3">{t.scope === "WRITE" ? "read, write" : "read"}</td>
                <td className="py-2 pr-3">{t.teamName ?? "all"}</td>
                <td className="py-2 pr-3">{t.userName}</td>
                <td className="py-2 pr-3">{t.expiresAt ? formatDate(t.expiresAt) : "never"}</td>
                <td className="py-2 pr-3">
                  {t.lastUsedAt ? `${formatDate(t.lastUsedAt)} from ${t.lastUsedIp ?? "?"}` : "never"}
                </td>
                <td className="py-2">
                  {t.revokedAt ? (
                    <span className="text-slate-600">revoked</span>
                  ) : t.isExpired ? (
                    <span className="text-slate-600">expired</span>
                  ) : (
                    <RevokeTokenForm orgSlug={orgSlug} tokenId={t.id} name={t.name} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export default async function ApiTokensPage({ params }: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const isAdmin = hasRole(ctx.role, "ADMIN");
  const [personal, org, teams] = await Promise.all([
    listApiTokens(ctx, "PERSONAL"),
    isAdmin ? listApiTokens(ctx, "ORG") : Promise.resolve([]),
    listTeams(ctx),
  ]);
  const teamOptions = teams.map((t) => ({ id: t.id, name: t.name }));
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">API tokens</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          Scripts, CI jobs and portals use the REST API with a token:{" "}
          <code className="rounded bg-slate-100 px-1">Authorization: Bearer swp_…</code>. A token works only
          in this organization, with the rights of the person it belongs to (checked on every request), and
          can be limited to reading or to one team. See the{" "}
          <Link className="font-medium underline" href="/developers/api">
            API reference
          </Link>
          .
        </p>
      </header>
      <section aria-labelledby="personal-tokens" className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 id="personal-tokens" className="mb-3 font-semibold">
            Your personal tokens
          </h2>
          <TokenTable orgSlug={orgSlug} tokens={personal} caption="Your personal tokens" />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">New personal token</h2>
          <CreateTokenForm
            orgSlug={orgSlug}
            kind="PERSONAL"
            teams={teamOptions}
            canWrite={hasRole(ctx.role, "MEMBER")}
          />
        </Card>
      </section>
      {isAdmin ? (
        <section aria-labelledby="org-tokens" className="grid gap-6 lg:grid-cols-3">
          <Card className="lg:col-span-2">
            <h2 id="org-tokens" className="mb-3 font-semibold">
              Organization tokens
            </h2>
            <p className="mb-3 text-sm text-slate-700">
              Managed by all admins; each acts with the rights of the admin who created it.
            </p>
            <TokenTable orgSlug={orgSlug} tokens={org} caption="Organization tokens" />
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">New organization token</h2>
            <CreateTokenForm orgSlug={orgSlug} kind="ORG" teams={teamOptions} canWrite />
          </Card>
        </section>
      ) : null}
    </div>
  );
}
