import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { listApiTokens, type TApiTokenSummary } from "@/lib/data/api-tokens";
import { listTeams } from "@/lib/data/teams";
import { hasRole, pageGuard, requireOrg } from "@/lib/authz";
import { CreateTokenForm, RevokeTokenForm } from "./token-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.tokens");
  return { title: t("title") };
}

async function TokenTable({
  orgSlug,
  tokens,
  caption,
}: Readonly<{ orgSlug: string; tokens: TApiTokenSummary[]; caption: string }>) {
  const [t, format] = await Promise.all([getTranslations("admin.tokens"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  if (tokens.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  const headers = [
    t("name"),
    t("token"),
    t("scope"),
    t("team"),
    t("createdBy"),
    t("expires"),
    t("lastUsed"),
    "",
  ];
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-700">
            {headers.map((h) => (
              <th key={h} scope="col" className="py-2 pr-3 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            return (
              <tr key={token.id} className="border-b border-slate-100 last:border-0">
                <td className="py-2 pr-3 font-medium">{token.name}</td>
                <td className="py-2 pr-3 font-mono text-xs">{token.prefix}…</td>
                <td className="py-2 pr-3">{token.scope === "WRITE" ? t("readWrite") : t("read")}</td>
                <td className="py-2 pr-3">{token.teamName ?? t("all")}</td>
                <td className="py-2 pr-3">{token.userName}</td>
                <td className="py-2 pr-3">{token.expiresAt ? date(token.expiresAt) : t("never")}</td>
                <td className="py-2 pr-3">
                  {token.lastUsedAt
                    ? t("usedFrom", { date: date(token.lastUsedAt), ip: token.lastUsedIp ?? "?" })
                    : t("never")}
                </td>
                <td className="py-2">
                  {token.revokedAt ? (
                    <span className="text-slate-600">{t("revoked")}</span>
                  ) : token.isExpired ? (
                    <span className="text-slate-600">{t("expired")}</span>
                  ) : (
                    <RevokeTokenForm orgSlug={orgSlug} tokenId={token.id} name={token.name} />
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
  const teamOptions = teams.map((team) => ({ id: team.id, name: team.name }));
  const t = await getTranslations("admin.tokens");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          {t.rich("intro", {
            header: "Authorization: Bearer swp_…",
            code: (chunks) => <code className="rounded bg-slate-100 px-1">{chunks}</code>,
            link: (chunks) => (
              <Link className="font-medium underline" href="/developers/api">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </header>
      <section aria-labelledby="personal-tokens" className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 id="personal-tokens" className="mb-3 font-semibold">
            {t("personal")}
          </h2>
          <TokenTable orgSlug={orgSlug} tokens={personal} caption={t("personal")} />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">{t("newPersonal")}</h2>
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
              {t("org")}
            </h2>
            <p className="mb-3 text-sm text-slate-700">{t("orgText")}</p>
            <TokenTable orgSlug={orgSlug} tokens={org} caption={t("org")} />
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">{t("newOrg")}</h2>
            <CreateTokenForm orgSlug={orgSlug} kind="ORG" teams={teamOptions} canWrite />
          </Card>
        </section>
      ) : null}
    </div>
  );
}
