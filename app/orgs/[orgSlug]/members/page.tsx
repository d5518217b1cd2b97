import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { listOpenInvites } from "@/lib/data/invites";
import { listMembers } from "@/lib/data/orgs";
import { listTeams } from "@/lib/data/teams";
import { formatDate } from "@/lib/format";
import { pageGuard } from "@/lib/page-guard";
import { hasRole, ROLE_LABELS } from "@/lib/roles";
import { requireOrg } from "@/lib/session";
import { InviteForm } from "./invite-form";
import { RoleForm } from "./role-form";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const isAdmin = hasRole(ctx.role, "ADMIN");
  const [members, teams, invites] = await Promise.all([
    listMembers(ctx),
    listTeams(ctx),
    listOpenInvites(ctx),
  ]);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="overflow-x-auto lg:col-span-2">
        <h1 className="mb-3 text-2xl font-semibold">Members</h1>
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
                    <RoleForm orgSlug={orgSlug} userId={m.userId} name={m.name} role={m.role} />
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
              <Link href={`/orgs/${orgSlug}/audit`} className="font-medium text-brand-700 underline">
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
              href={`/orgs/${orgSlug}/settings/sso`}
            >
              Single sign-on settings
            </Link>
          </Card>
          <Card>
            <h2 className="mb-2 font-semibold">Open invites</h2>
            {invites.length === 0 ? <p className="text-sm text-slate-700">None.</p> : null}
            <ul className="space-y-1 text-sm text-slate-700">
              {invites.map((i) => (
                <li key={i.id}>
                  {ROLE_LABELS[i.role]}
                  {i.team ? ` · ${i.team.name}` : ""} · expires {formatDate(i.expiresAt)}
                </li>
              ))}
            </ul>
          </Card>
        </div>
      ) : null}
    </div>
  );
}
