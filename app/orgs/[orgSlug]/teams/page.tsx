import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { listTeams } from "@/lib/data/teams";
import { formatDate } from "@/lib/format";
import { pageGuard } from "@/lib/page-guard";
import { hasRole } from "@/lib/roles";
import { requireOrg } from "@/lib/session";
import { CreateTeamForm } from "./create-team-form";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage({ params }: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const teams = await listTeams(ctx);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <h1 className="mb-4 text-2xl font-semibold">Teams</h1>
        <ul className="grid gap-3 sm:grid-cols-2">
          {teams.map((team) => (
            <li key={team.id}>
              <Link href={`/orgs/${orgSlug}/teams/${team.id}`} className="block h-full rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600">
                <span className="flex items-center justify-between gap-2">
                  <span className="font-semibold">{team.name}</span>
                  {team.isMember ? <span className="rounded bg-brand-50 px-2 py-0.5 text-xs text-brand-800">Your team</span> : null}
                </span>
                {team.description ? <span className="mt-1 block text-sm text-slate-700">{team.description}</span> : null}
                <span className="mt-2 block text-xs text-slate-600">
                  {team.memberCount} {team.memberCount === 1 ? "member" : "members"} · last assessed {team.latest ? formatDate(team.latest.submittedAt) : "never"}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        {teams.length === 0 ? <p className="text-slate-700">No teams yet.</p> : null}
      </div>
      {hasRole(ctx.role, "ADMIN") ? (
        <Card className="h-fit">
          <h2 className="mb-3 font-semibold">New team</h2>
          <CreateTeamForm orgSlug={orgSlug} />
        </Card>
      ) : null}
    </div>
  );
}
