import type { Metadata } from "next";
import Link from "next/link";
import { LevelBadge } from "@/components/level-badge";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { listModels, getModelVersion } from "@/lib/data/models";
import { listTeams } from "@/lib/data/teams";
import { formatDate } from "@/lib/format";
import { levelName } from "@/lib/model/schema";
import { pageGuard } from "@/lib/page-guard";
import { hasRole } from "@/lib/roles";
import { requireOrg } from "@/lib/session";

export const metadata: Metadata = { title: "Overview" };

export default async function OrgOverviewPage({ params }: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const [teams, models] = await Promise.all([listTeams(ctx), listModels(ctx)]);
  const primary = models[0] ? await getModelVersion(ctx, models[0].key) : null;
  const aspects = primary?.model.aspects ?? [];
  const assessed = teams.filter((t) => t.latest).length;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{ctx.orgName}</h1>
          <p className="text-slate-700">
            {teams.length} teams · {assessed} with a submitted assessment
          </p>
        </div>
        {hasRole(ctx.role, "ADMIN") ? <Link href={`/orgs/${orgSlug}/teams`} className={buttonClass("secondary")}>Manage teams</Link> : null}
      </div>
      <Card className="overflow-x-auto p-0">
        <table className="min-w-full text-sm">
          <caption className="px-5 pt-4 text-left font-semibold text-slate-900">
            Latest submitted level per aspect{primary ? ` (${primary.model.title} v${primary.version})` : ""}
          </caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-700">
              <th scope="col" className="px-5 py-3 font-medium">Team</th>
              {aspects.map((a) => (
                <th key={a.id} scope="col" className="px-3 py-3 font-medium">{a.name}</th>
              ))}
              <th scope="col" className="px-3 py-3 font-medium">Submitted</th>
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="px-5 py-3 text-left font-medium">
                  <Link href={`/orgs/${orgSlug}/teams/${team.id}`} className="text-brand-700 underline-offset-2 hover:underline">{team.name}</Link>
                </th>
                {aspects.map((a) => {
                  const level = team.latest?.levels[a.id] ?? null;
                  return (
                    <td key={a.id} className="px-3 py-3">
                      {team.latest ? <LevelBadge level={level} name={primary ? levelName(primary.model, level) : null} /> : <span className="text-slate-500">—</span>}
                    </td>
                  );
                })}
                <td className="px-3 py-3 text-slate-700">
                  {team.latest ? <Link className="underline" href={`/orgs/${orgSlug}/assessments/${team.latest.id}/results`}>{formatDate(team.latest.submittedAt)}</Link> : "Not yet"}
                </td>
              </tr>
            ))}
            {teams.length === 0 ? (
              <tr><td colSpan={aspects.length + 2} className="px-5 py-6 text-slate-700">No teams yet.</td></tr>
            ) : null}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
