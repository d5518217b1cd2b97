import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { listInvites } from "@/lib/data/invites";
import { listMembers } from "@/lib/data/orgs";
import { listTeams } from "@/lib/data/teams";
import { hasRole, pageGuard, requireOrg } from "@/lib/authz";
import { orgPath } from "@/lib/paths";
import { InviteForm } from "./invite-form";
import { RemoveMemberForm } from "./remove-member-form";
import { RevokeInviteForm } from "./revoke-invite-form";
import { RoleForm } from "./role-form";

const STATUS_STYLE = {
  pending: "bg-green-50 text-green-800",
  used: "bg-slate-100 text-slate-700",
  expired: "bg-amber-50 text-amber-800",
  revoked: "bg-red-50 text-red-800",
} as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.members");
  return { title: t("title") };
}

export default async function MembersPage({ params }: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const isAdmin = hasRole(ctx.role, "ADMIN");
  const [members, teams, invites, t, tc, format] = await Promise.all([
    listMembers(ctx),
    listTeams(ctx),
    listInvites(ctx),
    getTranslations("admin.members"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="overflow-x-auto lg:col-span-2">
        <h1 className="mb-3 text-2xl font-semibold">{t("title")}</h1>
        <p className="mb-3 flex flex-wrap gap-4 text-sm">
          <a className="text-brand-700 underline" href="/account">
            {t("yourAccount")}
          </a>
          {isAdmin ? (
            <a className="text-brand-700 underline" href={orgPath(orgSlug, "data")}>
              {t("orgData")}
            </a>
          ) : null}
        </p>
        <table className="min-w-full text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-700">
              <th scope="col" className="py-2 pr-3 font-medium">
                {t("name")}
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                {t("teams")}
              </th>
              <th scope="col" className="py-2 font-medium">
                {t("role")}
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId} className="border-b border-slate-100 last:border-0">
                <td className="py-2 pr-3">
                  <span className="font-medium">{m.name}</span>
                  <br />
                  <span className="text-slate-600">{m.email}</span>
                </td>
                <td className="py-2 pr-3 text-slate-700">
                  {m.teams.map((team) => team.name).join(", ") || "—"}
                </td>
                <td className="py-2">
                  {isAdmin ? (
                    <>
                      <RoleForm orgSlug={orgSlug} userId={m.userId} name={m.name} role={m.role} />
                      <RemoveMemberForm orgSlug={orgSlug} userId={m.userId} name={m.name} />
                    </>
                  ) : (
                    tc(`roles.${m.role}`)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      {isAdmin ? (
        <div className="space-y-6">
          <Card>
            <h2 className="mb-1 font-semibold">{t("auditTitle")}</h2>
            <p className="text-sm text-slate-700">
              {t.rich("auditText", {
                link: (chunks) => (
                  <Link href={orgPath(orgSlug, "audit")} className="font-medium text-brand-700 underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">{t("inviteTitle")}</h2>
            <InviteForm orgSlug={orgSlug} teams={teams.map((team) => ({ id: team.id, name: team.name }))} />
          </Card>
          <Card>
            <h2 className="mb-2 font-semibold">{t("ssoTitle")}</h2>
            <p className="text-sm text-slate-700">{t("ssoText")}</p>
            <Link
              className="mt-2 inline-block text-sm font-medium text-brand-700 underline"
              href={orgPath(orgSlug, "settings", "sso")}
            >
              {t("ssoLink")}
            </Link>
            <Link
              className="mt-2 block text-sm font-medium text-brand-700 underline"
              href={orgPath(orgSlug, "settings", "evidence")}
            >
              {t("evidenceLink")}
            </Link>
          </Card>
          <Card>
            <h2 className="mb-2 font-semibold">{t("invites")}</h2>
            {invites.length === 0 ? <p className="text-sm text-slate-700">{t("noInvites")}</p> : null}
            <ul className="space-y-2 text-sm text-slate-700" aria-label={t("invites")}>
              {invites.map((i) => (
                <li key={i.id} className="border-b border-slate-100 pb-2 last:border-0">
                  <span
                    className={`mr-2 rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_STYLE[i.status]}`}
                  >
                    {t(`status.${i.status}`)}
                  </span>
                  {tc(`roles.${i.role}`)}
                  {i.teamName ? ` · ${i.teamName}` : ""}
                  {` · ${i.email ?? t("linkOnly")}`}
                  <br />
                  <span className="text-xs text-slate-600">
                    {t("createdBy", { name: i.createdByName, date: date(i.createdAt) })}
                    {i.status === "pending" ? ` · ${t("expires", { date: date(i.expiresAt) })}` : ""}
                    {i.acceptedByName ? ` · ${t("usedBy", { name: i.acceptedByName })}` : ""}
                  </span>
                  {i.status === "pending" ? (
                    <div className="mt-1">
                      <RevokeInviteForm orgSlug={orgSlug} inviteId={i.id} />
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          </Card>
        </div>
      ) : null}
    </div>
  );
}
