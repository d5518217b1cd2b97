import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActiveJourneyCard } from "@/components/journey/active-journey-card";
import { Card } from "@/components/ui/card";
import { canEditTeamAssessments, hasRole, pageGuard, requireOrg, requireTeam } from "@/lib/authz";
import { listTeamAssessments } from "@/lib/data/assessments";
import { findActiveJourney } from "@/lib/data/journeys";
import { getModelDefinition, listModels } from "@/lib/data/models";
import { listMembers } from "@/lib/data/orgs";
import { getTeamDetail, listTeamGroups } from "@/lib/data/teams";
import { orgPath, teamPath } from "@/lib/paths";
import { AssessmentHistory } from "../assessment-history";
import { StartAssessmentForm } from "../start-assessment-form";
import { TeamGroupForm } from "../team-group-form";
import { TeamMembers } from "../team-members";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teams");
  return { title: t("page.title") };
}

export default async function TeamPage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string; teamId: string }> }>) {
  const { orgSlug, teamId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const [team, access] = await pageGuard(Promise.all([getTeamDetail(ctx, teamId), requireTeam(ctx, teamId)]));
  const [assessments, models, activeJourney] = await Promise.all([
    listTeamAssessments(ctx, teamId),
    listModels(ctx),
    findActiveJourney(ctx, teamId),
  ]);
  const definitions = new Map(
    await Promise.all(
      [...new Set(assessments.map((a) => a.modelId))].map(
        async (id) => [id, await getModelDefinition(id)] as const,
      ),
    ),
  );
  const isAdmin = hasRole(ctx.role, "ADMIN");
  const [orgMembers, groups] = isAdmin
    ? await Promise.all([listMembers(ctx), listTeamGroups(ctx)])
    : [[], []];
  const canEdit = canEditTeamAssessments(ctx.role, access.isMember);
  const t = await getTranslations("teams");
  const tImport = await getTranslations("resultImport");

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{team.name}</h1>
        {team.description ? <p className="text-slate-700">{team.description}</p> : null}
        {team.group ? (
          <p className="text-sm text-slate-600">{t("page.group", { group: team.group })}</p>
        ) : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <AssessmentHistory orgSlug={orgSlug} assessments={assessments} definitions={definitions} />
        </div>
        <div className="space-y-6">
          <ActiveJourneyCard orgSlug={orgSlug} teamId={team.id} active={activeJourney} canEdit={canEdit} />
          {canEdit ? (
            <Card>
              <h2 className="mb-3 font-semibold">{t("page.start")}</h2>
              <StartAssessmentForm
                orgSlug={orgSlug}
                teamId={team.id}
                models={models}
                hasPrevious={assessments.some((a) => a.status === "SUBMITTED")}
              />
              <Link
                className="mt-3 block text-sm text-brand-700 underline"
                href={teamPath(orgSlug, team.id, "import-result")}
              >
                {tImport("link")}
              </Link>
              {hasRole(ctx.role, "FACILITATOR") ? (
                <Link
                  className="mt-3 inline-block text-sm text-brand-700 underline"
                  href={`${orgPath(orgSlug, "workshops")}?teamId=${team.id}`}
                >
                  {t("page.runWorkshop")}
                </Link>
              ) : null}
            </Card>
          ) : null}
          <TeamMembers
            orgSlug={orgSlug}
            teamId={team.id}
            members={team.members}
            candidates={orgMembers
              .filter((m) => !team.members.some((member) => member.id === m.userId))
              .map((m) => ({ id: m.userId, name: m.name, email: m.email }))}
            isAdmin={isAdmin}
          />
          {isAdmin ? (
            <Card>
              <h2 className="mb-3 font-semibold">{t("page.teamGroup")}</h2>
              <TeamGroupForm orgSlug={orgSlug} groups={groups} team={{ id: team.id, group: team.group }} />
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
