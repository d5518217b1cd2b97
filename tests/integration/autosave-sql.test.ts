/**
 * The single-statement autosave path (lib/data/answer-save.ts): every check the old transaction made
 * is still made in SQL (organization, role and team read from the database, DRAFT status), refusals
 * keep their order, and saves racing a submit never lose an answer or sneak one in after it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getModelDefinition } from "@/lib/data/models";
import { saveAnswer, startAssessment, submitAssessment } from "@/lib/data/assessments";
import { scoreAssessment } from "@/lib/scoring/score";
import { createTenant, ensureModels } from "../fixtures/tenants";

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

const answer = (
  questionId: string,
  level: number | null,
  extra: Partial<{ notSure: boolean; notes: string; evidenceUrl: string }> = {},
) => ({
  questionId,
  level,
  notSure: false,
  notes: "",
  evidenceUrl: "",
  ...extra,
});

async function draft() {
  const t = await createTenant();
  const lead = await t.member("LEAD", { inTeam: true });
  const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: models.cncf });
  return { t, lead, id };
}

describe("autosave in one statement: what it returns and writes", () => {
  it("returns the saved answer with a correct UTC timestamp and bumps the assessment", async () => {
    const { lead, id } = await draft();
    const before = await db.assessment.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
    const saved = await saveAnswer(
      lead,
      id,
      answer("investment-2", 3, { notes: "n", evidenceUrl: "https://e.example.com/x" }),
    );
    expect(saved).toEqual({
      questionId: "investment-2",
      level: 3,
      notSure: false,
      notes: "n",
      evidenceUrl: "https://e.example.com/x",
      updatedAt: expect.any(Date),
    });
    expect(Math.abs(saved.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
    const row = await db.answer.findFirstOrThrow({ where: { assessmentId: id } });
    expect(row).toMatchObject({ level: 3, notes: "n", updatedById: lead.userId, updatedAt: saved.updatedAt });
    expect(row.id).toMatch(/^c[0-9a-z]{24}$/);
    const after = await db.assessment.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    expect(after.updatedAt.getTime()).toBe(saved.updatedAt.getTime());
  });

  it("overwrites the whole state of a question (not sure, then cleared)", async () => {
    const { lead, id } = await draft();
    await saveAnswer(lead, id, answer("adoption-1", 2, { notes: "first" }));
    await expect(saveAnswer(lead, id, answer("adoption-1", null, { notSure: true }))).resolves.toMatchObject({
      level: null,
      notSure: true,
      notes: "",
    });
    await expect(saveAnswer(lead, id, answer("adoption-1", null))).resolves.toMatchObject({
      level: null,
      notSure: false,
    });
    expect(await db.answer.count({ where: { assessmentId: id } })).toBe(1);
  });
});

describe("autosave refusals", () => {
  it("404s ids of another organization and unknown ids, even after the id was saved to (cache)", async () => {
    const { lead, id } = await draft();
    await saveAnswer(lead, id, answer("investment-1", 2));
    const other = await createTenant();
    const adminB = await other.member("ADMIN", { inTeam: true });
    for (const input of [answer("investment-1", 4), answer("no-such-question", 1)]) {
      await expect(saveAnswer(adminB, id, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(saveAnswer(lead, "c-no-such-assessment", answer("investment-1", 1))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // A context whose organization id is forged cannot reach the row either.
    await expect(
      saveAnswer({ ...adminB, orgId: lead.orgId }, id, answer("investment-1", 4)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.answer.findFirst({ where: { assessmentId: id } })).toMatchObject({ level: 2 });
  });

  it("403s viewers, members and other teams' leads, before judging their input", async () => {
    const { t, id } = await draft();
    for (const ctx of [
      await t.member("VIEWER"),
      await t.member("MEMBER", { inTeam: true }),
      await t.member("LEAD"),
    ]) {
      await expect(saveAnswer(ctx, id, answer("investment-1", 1))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(saveAnswer(ctx, id, answer("investment-1", 7))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await db.answer.count({ where: { assessmentId: id } })).toBe(0);
  });

  it("reads the role and team from the database, not from the caller's context", async () => {
    const { t, lead, id } = await draft();
    await db.membership.updateMany({ where: { userId: lead.userId }, data: { role: "VIEWER" } });
    await expect(saveAnswer(lead, id, answer("investment-1", 1))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await db.membership.updateMany({ where: { userId: lead.userId }, data: { role: "LEAD" } });
    await db.teamMember.deleteMany({ where: { userId: lead.userId, teamId: t.teamId } });
    await expect(saveAnswer(lead, id, answer("investment-1", 1))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await db.membership.deleteMany({ where: { userId: lead.userId } });
    await expect(saveAnswer(lead, id, answer("investment-1", 1))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // An admin context forged for a plain member is refused too.
    const member = await t.member("MEMBER");
    await expect(
      saveAnswer({ ...member, role: "ADMIN" }, id, answer("investment-1", 1)),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.answer.count({ where: { assessmentId: id } })).toBe(0);
  });

  it("409s a submitted assessment (INVALID_STATE), before judging the input", async () => {
    const { lead, id } = await draft();
    await saveAnswer(lead, id, answer("operations-1", 3));
    await submitAssessment(lead, id);
    for (const input of [answer("operations-1", 1), answer("operations-9", 1)]) {
      await expect(saveAnswer(lead, id, input)).rejects.toMatchObject({ code: "INVALID_STATE" });
    }
    expect(
      await db.answer.findMany({ where: { assessmentId: id }, select: { questionId: true, level: true } }),
    ).toEqual([{ questionId: "operations-1", level: 3 }]);
  });
});

describe("autosave racing submit", () => {
  it("never loses an acknowledged save and never writes after the snapshot", async () => {
    const model = await getModelDefinition(models.cncf);
    const questions = model.aspects.flatMap((a) => a.questions.map((q) => q.id));
    for (let round = 0; round < 4; round += 1) {
      const { lead, id } = await draft();
      await saveAnswer(lead, id, answer(questions[0]!, 1));
      const saves = questions.slice(1).map((q, i) => saveAnswer(lead, id, answer(q, (i % 4) + 1)));
      const submit = new Promise((r) => setTimeout(r, round * 3)).then(() => submitAssessment(lead, id));
      const results = await Promise.allSettled([...saves, submit]);
      expect(results.at(-1)!.status).toBe("fulfilled");
      const acknowledged = results
        .slice(0, -1)
        .flatMap((r, i) => (r.status === "fulfilled" ? [questions[i + 1]!] : []));
      for (const r of results.slice(0, -1))
        if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "INVALID_STATE" });
      const stored = await db.answer.findMany({
        where: { assessmentId: id },
        select: { questionId: true, level: true, notSure: true },
      });
      expect(stored.map((a) => a.questionId).sort()).toEqual([questions[0]!, ...acknowledged].sort());
      // The frozen scores were computed from exactly the stored answers: nothing landed after them.
      const frozen = await db.aspectScore.findMany({
        where: { assessmentId: id },
        select: { aspectId: true, answered: true },
      });
      const expected = scoreAssessment(model, stored).aspects.map((a) => ({
        aspectId: a.aspectId,
        answered: a.answered,
      }));
      expect(frozen.sort((a, b) => a.aspectId.localeCompare(b.aspectId))).toEqual(
        expected.sort((a, b) => a.aspectId.localeCompare(b.aspectId)),
      );
    }
  });

  it("serialises many concurrent saves of one assessment without deadlocks or lost updates", async () => {
    const { lead, id } = await draft();
    const levels = Array.from({ length: 40 }, (_, i) => (i % 4) + 1);
    await Promise.all(
      levels.map((level, i) =>
        saveAnswer(
          lead,
          id,
          answer(i % 2 === 0 ? "measurement-1" : "measurement-2", level, { notes: `save ${i}` }),
        ),
      ),
    );
    const rows = await db.answer.findMany({ where: { assessmentId: id }, orderBy: { questionId: "asc" } });
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.notes).toMatch(/^save \d+$/);
  });
});

describe("autosave only writes SOLO drafts", () => {
  it("refuses collaborative and workshop assessments with a clear 409 and writes nothing", async () => {
    for (const mode of ["COLLABORATIVE", "WORKSHOP"] as const) {
      const { lead, id } = await draft();
      await db.assessment.update({ where: { id }, data: { mode } });
      await expect(saveAnswer(lead, id, answer("investment-1", 2))).rejects.toMatchObject({
        code: "INVALID_STATE",
        message:
          mode === "COLLABORATIVE"
            ? expect.stringMatching(/respond page/)
            : expect.stringMatching(/live workshop/),
      });
      expect(await db.answer.count({ where: { assessmentId: id } })).toBe(0);
    }
  });
});
