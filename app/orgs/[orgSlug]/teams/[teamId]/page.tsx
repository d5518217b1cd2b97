import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { requireTeam } from "@/lib/authz";
import { listTeamAssessments } from "@/lib/data/assessments";
import { getModelDefinition, listModels } from "@/lib/data/models";
import { listMembers } from "@/lib/data/orgs";
import { getTeamDetail } from "@/lib/data/teams";
import { pageGuard } from "@/lib/page-guard";
import { canEditTeamAssessments, hasRole } from "@/lib/roles";
import { requireOrg } from "@/lib/session";
import { AssessmentHistory } from "./assessment-history";
import { StartAssessmentForm } from "./start-assessment-form";
import { TeamMembers } from "./team-members";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage({ params }: Readonly<{ params: Promise<{ orgSlug: string; teamId: string }> }>) {
  const { orgSlug, teamId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const [team, access] = await pageGuard(Promise.all([getTeamDetail(ctx, teamId), requireTeam(ctx, teamId)]));
  const [assessments, models] = await Promise.all([listTeamAssessments(ctx, teamId), listModels(ctx)]);
  const definitions = new Map(await Promise.all([...new Set(assessments.map((a) => a.modelId))].map(async (id) => [id, await getModelDefinition(id)] as const)));
  const isAdmin = hasRole(ctx.role, "ADMIN");
  const orgMembers = isAdmin ? await listMembers(ctx) : [];
  const canEdit = canEditTeamAssessments(ctx.role, access.isMember);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{team.name}</h1>
        {team.description ? <p className="text-slate-700">{team.description}</p> : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <AssessmentHistory orgSlug={orgSlug} assessments={assessments} definitions={definitions} />
        </div>
        <div className="space-y-6">
          {canEdit ? (
            <Card>
              <h2 className="mb-3 font-semibold">Start an assessment</h2>
              <StartAssessmentForm orgSlug={orgSlug} teamId={team.id} models={models} />
            </Card>
          ) : null}
          <TeamMembers
            orgSlug={orgSlug}
            teamId={team.id}
            members={team.members}
            candidates={orgMembers.filter((m) => !team.members.some((t) => t.id === m.userId)).map((m) => ({ id: m.userId, name: m.name, email: m.email }))}
            isAdmin={isAdmin}
          />
        </div>
      </div>
    </div>
  );
}
