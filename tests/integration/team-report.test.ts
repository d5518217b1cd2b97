/**
 * The team PDF report's data (real PostgreSQL): level names and the explanation of each level in the
 * reader's language, for the caller's organization only.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getModelDefinition } from "@/lib/data/models";
import { loadTeamReport } from "@/lib/data/reports";
import { db } from "@/lib/db";
import { createTenant, ensureModels } from "../fixtures/tenants";

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

async function submittedWithInvestmentAt(orgId: string, teamId: string, userId: string, level: number) {
  const model = await getModelDefinition(models.cncf);
  const a = await db.assessment.create({
    data: {
      organizationId: orgId,
      teamId,
      modelId: models.cncf,
      title: "Report round",
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
    })),
  });
  return { id: a.id, questions: investment.questions.length };
}

describe("team report data", () => {
  it("explains each level in the reader's language, and only to the caller's organization", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const { id, questions } = await submittedWithInvestmentAt(t.org.id, t.teamId, admin.userId, 3);

    const row = async (locale: string) =>
      (await loadTeamReport(admin, id, locale)).rows.find((r) => r.aspectId === "investment")!;
    const english = await row("en");
    expect(english.levelName).toBe("Scalable");
    expect(english.explanation[0]).toBe(
      `Mean of ${questions} answered questions: (${Array(questions).fill(3).join(" + ")}) / ${questions} = 3.00.`,
    );
    const german = await row("de");
    expect(german.levelName).toBe("Skalierbar");
    expect(german.explanation[0]).toContain(`Mittelwert aus ${questions} beantworteten Fragen`);
    expect(german.explanation[0]).toContain("= 3,00.");
    const japanese = await row("ja");
    expect(japanese.explanation[0]).toContain(`回答済みの質問 ${questions} 件`);
    expect(japanese.explanation.join(" ")).not.toMatch(/Mean of|nearest/);

    const outsider = await (await createTenant()).member("ADMIN");
    await expect(loadTeamReport(outsider, id, "en")).rejects.toThrow();
  });
});
