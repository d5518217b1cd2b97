import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { listTeams } from "@/lib/data/teams";
import { hasRole, pageGuard, requireOrg } from "@/lib/authz";
import { teamPath } from "@/lib/paths";
import { TeamGroupForm } from "./[teamId]/team-group-form";
import { CreateTeamForm } from "./create-team-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teams");
  return { title: t("list.title") };
}

type TTeam = Awaited<ReturnType<typeof listTeams>>[number];

/** Teams by group (business unit), grouped teams first, ungrouped last. */
function byGroup(teams: readonly TTeam[]) {
  const groups = new Map<string, TTeam[]>();
  for (const team of teams) groups.set(team.group, [...(groups.get(team.group) ?? []), team]);
  return [...groups.entries()].sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b)));
}

export default async function TeamsPage({ params }: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const teams = await listTeams(ctx);
  const sections = byGroup(teams);
  const groupNames = sections.map(([g]) => g).filter(Boolean);
  const isAdmin = hasRole(ctx.role, "ADMIN");
  const t = await getTranslations("teams");
  const format = await getFormatter();
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="min-w-0 lg:col-span-2">
        <h1 className="mb-4 text-2xl font-semibold">{t("list.title")}</h1>
        {sections.map(([group, members]) => (
          <section key={group || "-"} aria-label={group || t("list.withoutGroup")} className="mb-6">
            {sections.length > 1 || group ? (
              <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">
                {group || t("list.noGroup")}
              </h2>
            ) : null}
            <ul className="grid gap-3 sm:grid-cols-2">
              {members.map((team) => (
                <li key={team.id}>
                  <Link
                    href={teamPath(orgSlug, team.id)}
                    className="block h-full rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600"
                  >
                    <span className="flex items-center justify-between gap-2">
                      <span className="font-semibold">{team.name}</span>
                      {team.isMember ? (
                        <span className="rounded bg-brand-50 px-2 py-0.5 text-xs text-brand-800">
                          {t("list.yourTeam")}
                        </span>
                      ) : null}
                    </span>
                    {team.description ? (
                      <span className="mt-1 block text-sm text-slate-700">{team.description}</span>
                    ) : null}
                    <span className="mt-2 block text-xs text-slate-600">
                      {t("list.members", { count: team.memberCount })} ·{" "}
                      {team.latest?.submittedAt
                        ? t("list.lastAssessed", {
                            date: format.dateTime(team.latest.submittedAt, { dateStyle: "medium" }),
                          })
                        : t("list.neverAssessed")}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {teams.length === 0 ? <p className="text-slate-700">{t("list.none")}</p> : null}
      </div>
      {isAdmin ? (
        <div className="space-y-6">
          <Card className="h-fit">
            <h2 className="mb-3 font-semibold">{t("list.newTeam")}</h2>
            <CreateTeamForm orgSlug={orgSlug} groups={groupNames} />
          </Card>
          {teams.length > 0 ? (
            <Card className="h-fit">
              <h2 className="mb-3 font-semibold">{t("list.groups")}</h2>
              <TeamGroupForm
                orgSlug={orgSlug}
                groups={groupNames}
                teams={teams.map((team) => ({
                  id: team.id,
                  name: team.group
                    ? t("list.teamInGroup", { name: team.name, group: team.group })
                    : team.name,
                }))}
              />
            </Card>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
