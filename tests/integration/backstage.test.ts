import { beforeAll, describe, expect, it } from "vitest";
import { getEntityMaturityEndpoint } from "@/lib/api/v1/backstage";
import { saveAnswer, startAssessment, submitAssessment } from "@/lib/data/assessments";
import { db } from "@/lib/db";
import type { OrgContext } from "@/lib/authz";
import { createTenant, ensureModels } from "../fixtures/tenants";
import { call, tokenFor } from "./api-helpers";

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

async function submitTiny(ctx: OrgContext, teamId: string, level: number) {
  const { id } = await startAssessment(ctx, { teamId, modelId: models.tiny, title: `tiny ${level}` });
  const def = (await db.maturityModel.findUniqueOrThrow({ where: { id: models.tiny } })).definition as {
    aspects: Array<{ questions: Array<{ id: string }> }>;
  };
  for (const a of def.aspects)
    for (const q of a.questions)
      await saveAnswer(ctx, id, { questionId: q.id, level, notSure: false, notes: "", evidenceUrl: "" });
  await submitAssessment(ctx, id);
  return id;
}

describe("GET /api/v1/orgs/{org}/backstage/entities", () => {
  it("maps stepwise.io/team annotations (team slug or id) to each team's latest maturity", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    await submitTiny(admin, t.teamId, 1);
    const latest = await submitTiny(admin, t.teamId, 2);
    const { token } = await tokenFor(admin, { scope: "READ" });
    const res = await call(getEntityMaturityEndpoint, {
      org: t.org.slug,
      token,
      query: { teams: `team-a, ${t.otherTeamId},nobody` },
    });
    expect(res.status).toBe(200);
    const [a, b, none] = res.json.data;
    expect(a).toMatchObject({ annotation: "team-a", team: { id: t.teamId, name: "Team A", slug: "team-a" } });
    expect(a.models).toHaveLength(1);
    expect(a.models[0]).toMatchObject({ key: "tiny-model", assessmentId: latest, medianLevel: 2 });
    expect(a.models[0].aspects.every((x: { level: number }) => x.level === 2)).toBe(true);
    expect(b).toMatchObject({ annotation: t.otherTeamId, team: { name: "Team B" }, models: [] });
    expect(none).toEqual({ annotation: "nobody", team: null, models: [] });
    // Without `teams`: every team.
    const all = await call(getEntityMaturityEndpoint, { org: t.org.slug, token });
    expect(all.json.data.map((d: { annotation: string }) => d.annotation)).toEqual(["team-a", "team-b"]);
  });

  it("refuses bad input, other organizations and sees only a restricted token's team", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const { token } = await tokenFor(admin, { scope: "READ" });
    const tooMany = Array.from({ length: 51 }, (_, i) => `t${i}`).join(",");
    const bad = await call(getEntityMaturityEndpoint, { org: t.org.slug, token, query: { teams: tooMany } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
    const other = await createTenant();
    expect((await call(getEntityMaturityEndpoint, { org: other.org.slug, token })).status).toBe(404);
    expect((await call(getEntityMaturityEndpoint, { org: t.org.slug })).status).toBe(401);
    const restricted = await tokenFor(admin, { scope: "READ", teamId: t.otherTeamId });
    const res = await call(getEntityMaturityEndpoint, {
      org: t.org.slug,
      token: restricted.token,
      query: { teams: "team-a,team-b" },
    });
    expect(res.json.data.map((d: { team: { name: string } | null }) => d.team?.name ?? null)).toEqual([
      null,
      "Team B",
    ]);
  });
});
