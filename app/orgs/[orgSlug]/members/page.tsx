import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { listInvites } from "@/lib/data/invites";
import { listMembers } from "@/lib/data/orgs";
import { listTeams } from "@/lib/data/teams";
import { formatDate } from "@/lib/format";
import { hasRole, pageGuard, requireOrg, ROLE_LABELS } from "@/lib/authz";
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

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const isAdmin = hasRole(ctx.role, "ADMIN");
  const [members, teams, invites] = await Promise.all([listMembers(ctx), listTeams(ctx), listInvites(ctx)]);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="overflow-x-auto lg:col-span-2">
        <h1 className="mb-3 text-2xl font-semibold">Members</h1>
        <p className="mb-3 flex flex-wrap gap-4 text-sm">
          <a className="text-brand-700 underline" href="/account">
            Your account
          </a>
          {isAdmin ? (
            <a className="text-brand-700 underline" href={orgPath(orgSlug, "data")}>
              Organization data: export or delete
            </a>
          ) : null}
        </p>
        <table className="min-w-full text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-700">
              <th scope="col" className="py-2 pr-3 font-medium">
                Name
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Teams
              </th>
              <th scope="col" className="py-2 font-medium">
                Role
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
                <td className="py-2 pr-3 text-slate-700">{m.teams.map((t) => t.name).join(", ") || "—"}</td>
                <td className="py-2">
                  {isAdmin ? (
                    <>
                      <RoleForm orgSlug={orgSlug} userId={m.userId} name={m.name} role={m.role} />
                      <RemoveMemberForm orgSlug={orgSlug} userId={m.userId} name={m.name} />
                    </>
                  ) : (
                    ROLE_LABELS[m.role]
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
            <h2 className="mb-1 font-semibold">Audit log</h2>
            <p className="text-sm text-slate-700">
              Sign-ins, role changes, invites, imports, submissions and exports:{" "}
              <Link href={orgPath(orgSlug, "audit")} className="font-medium text-brand-700 underline">
                open the audit log
              </Link>
              .
            </p>
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">Invite someone</h2>
            <InviteForm orgSlug={orgSlug} teams={teams.map((t) => ({ id: t.id, name: t.name }))} />
          </Card>
          <Card>
            <h2 className="mb-2 font-semibold">Single sign-on</h2>
            <p className="text-sm text-slate-700">
              Let people sign in through your identity provider (OpenID Connect) and join with a default role.
            </p>
            <Link
              className="mt-2 inline-block text-sm font-medium text-brand-700 underline"
              href={orgPath(orgSlug, "settings", "sso")}
            >
              Single sign-on settings
            </Link>
            <Link
              className="mt-2 block text-sm font-medium text-brand-700 underline"
              href={orgPath(orgSlug, "settings", "evidence")}
            >
              Evidence freshness settings
            </Link>
          </Card>
          <Card>
            <h2 className="mb-2 font-semibold">Invites</h2>
            {invites.length === 0 ? <p className="text-sm text-slate-700">None yet.</p> : null}
            <ul className="space-y-2 text-sm text-slate-700" aria-label="Invites">
              {invites.map((i) => (
                <li key={i.id} className="border-b border-slate-100 pb-2 last:border-0">
                  <span
                    className={`mr-2 rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_STYLE[i.status]}`}
                  >
                    {i.status}
                  </span>
                  {ROLE_LABELS[i.role]}
                  {i.teamName ? ` · ${i.teamName}` : ""}
                  {i.email ? ` · ${i.email}` : " · link"}
                  <br />
                  <span className="text-xs text-slate-600">
                    by {i.createdByName} on {formatDate(i.createdAt)}
                    {i.status === "pending" ? ` · expires ${formatDate(i.expiresAt)}` : ""}
                    {i.acceptedByName ? ` · used by ${i.acceptedByName}` : ""}
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
