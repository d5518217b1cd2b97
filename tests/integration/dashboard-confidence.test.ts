/**
 * Confidence on the overview (real PostgreSQL): per (assessment, aspect) labels from the answers'
 * evidence dates, for the caller's organization only; the "confidence ≥ x" filter's distribution and
 * medians count only the results that meet it, and leave the cached aggregates as they were.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { isoDay } from "@/lib/dates";
import { DEFAULT_FILTERS } from "@/lib/dashboard/filters";
import { getConfidenceFilteredStats, getResultConfidence } from "@/lib/data/dashboard/confidence";
import { getAspectStats, resolveDashboard } from "@/lib/data/dashboard/overview";
import { getModelDefinition } from "@/lib/data/models";
import { db } from "@/lib/db";
import { createTenant, ensureModels } from "../fixtures/tenants";

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

/** A submitted assessment with investment at `level` and every investment question answered. */
async function submitted(orgId: string, teamId: string, userId: string, level: number, evidence: boolean) {
  const model = await getModelDefinition(models.cncf);
  const a = await db.assessment.create({
    data: {
      organizationId: orgId,
      teamId,
      modelId: models.cncf,
      title: `L${level}`,
      status: "SUBMITTED",
      createdById: userId,
      submittedAt: new Date(),
    },
    select: { id: true },
  });
  const investment = model.aspects.find((x) => x.id === "investment")!;
  await db.answer.createMany({
    data: investment.questions.map((q) => ({
      assessmentId: a.id,
      questionId: q.id,
      level,
      updatedById: userId,
      evidenceUrl: evidence ? "https://wiki.example.test/evidence" : "",
      evidenceCheckedOn: evidence ? new Date(`${isoDay()}T00:00:00Z`) : null,
    })),
  });
  await db.aspectScore.create({
    data: { assessmentId: a.id, aspectId: "investment", level, score: level, answered: 4, total: 4 },
  });
  return a.id;
}

describe("dashboard confidence", () => {
  it("rates each result, for the caller's organization only, and filters the counts without touching the cache", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const model = await getModelDefinition(models.cncf);
    const trusted = await submitted(t.org.id, t.teamId, admin.userId, 3, true);
    const untrusted = await submitted(t.org.id, t.otherTeamId, admin.userId, 1, false);

    const labels = await getResultConfidence(admin, model, [trusted, untrusted]);
    expect(labels.get(trusted)?.investment).toBe("high");
    expect(labels.get(untrusted)?.investment).toBe("low");
    // Another organization learns nothing from the ids: no answers of this one are read.
    const outsider = await (await createTenant()).member("ADMIN");
    expect((await getResultConfidence(outsider, model, [trusted])).get(trusted)?.investment).toBe("low");

    const { scope } = await resolveDashboard(admin, DEFAULT_FILTERS);
    const before = await getAspectStats(admin, scope!);
    expect(before.medians.find((m) => m.aspectId === "investment")).toMatchObject({
      medianLevel: 1,
      teams: 2,
    });
    const high = await getConfidenceFilteredStats(admin, scope!, model, "high");
    // Level and mean score medians both come from the kept result only (the score is no longer left empty).
    expect(high.medians.find((m) => m.aspectId === "investment")).toMatchObject({
      medianLevel: 3,
      medianScore: 3,
      teams: 1,
    });
    expect(high.distribution.filter((d) => d.aspectId === "investment")).toEqual([
      { aspectId: "investment", level: 3, count: 1 },
    ]);
    // The cached aggregates are still every result's.
    expect(await getAspectStats(admin, scope!)).toEqual(before);
  });
});
