/**
 * Per-team maturity for Backstage catalog entities (docs/integrations.md): an entity's
 * `stepwise.io/team` annotation names a team by its slug (the team name, slugified: "Core Platform" →
 * "core-platform") or by its id. For each team, its latest submitted assessment per model, from the
 * team_latest_assessments summary (one indexed query), with the model's level names.
 */
import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import { db } from "@/lib/db";
import { slugify } from "@/lib/slug";
import { getModelDefinition } from "./models";

export type TEntityMaturity = Awaited<ReturnType<typeof getEntityMaturity>>[number];

export async function getEntityMaturity(
  ctx: OrgContext,
  annotations: readonly string[] | null,
  onlyTeamId: string | null,
) {
  const teams = (
    await db.team.findMany({
      where: { organizationId: ctx.orgId, ...(onlyTeamId ? { id: onlyTeamId } : {}) },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    })
  ).map((t) => ({ ...t, slug: slugify(t.name) }));
  const wanted = annotations ?? teams.map((t) => t.slug);
  const match = (value: string) =>
    teams.find((t) => t.id === value) ?? teams.find((t) => t.slug === slugify(value)) ?? null;
  const resolved = wanted.map((annotation) => ({ annotation, team: match(annotation) }));
  const teamIds = [...new Set(resolved.flatMap((r) => (r.team ? [r.team.id] : [])))];
  const latest = teamIds.length
    ? await db.teamLatestAssessment.findMany({
        where: { organizationId: ctx.orgId, teamId: { in: teamIds } },
        select: {
          teamId: true,
          modelId: true,
          submittedAt: true,
          assessment: {
            select: {
              id: true,
              title: true,
              model: { select: { key: true, version: true, title: true } },
              aspectScores: { select: { aspectId: true, level: true, score: true } },
            },
          },
        },
        orderBy: { submittedAt: "desc" },
      })
    : [];
  const definitions = new Map(
    await Promise.all(
      [...new Set(latest.map((l) => l.modelId))].map(
        async (id) => [id, await getModelDefinition(id)] as const,
      ),
    ),
  );
  return resolved.map(({ annotation, team }) => ({
    annotation,
    team: team ? { id: team.id, name: team.name, slug: team.slug } : null,
    models: latest
      .filter((l) => team && l.teamId === team.id)
      .map((l) => {
        const def = definitions.get(l.modelId)!;
        const levels = l.assessment.aspectScores.map((s) => s.level).filter((v): v is number => v !== null);
        const sorted = [...levels].sort((a, b) => a - b);
        const median = sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : null;
        return {
          key: l.assessment.model.key,
          version: l.assessment.model.version,
          title: l.assessment.model.title,
          maxLevel: def.levels.length,
          assessmentId: l.assessment.id,
          assessmentTitle: l.assessment.title,
          submittedAt: l.submittedAt.toISOString(),
          medianLevel: median,
          medianLevelName: median ? (def.levels[median - 1]?.name ?? null) : null,
          aspects: def.aspects.map((a) => {
            const s = l.assessment.aspectScores.find((x) => x.aspectId === a.id);
            return {
              id: a.id,
              name: a.name,
              level: s?.level ?? null,
              score: s?.score == null ? null : Number(s.score),
            };
          }),
        };
      }),
  }));
}
