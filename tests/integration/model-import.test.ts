import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getAssessment } from "@/lib/data/assessments";
import { getModelDefinition, importModel, listModels } from "@/lib/data/models";
import { checkResultLink, importResultLink } from "@/lib/data/result-import";
import { AppError } from "@/lib/errors";
import { pemmResultUrl, readPemmUrl, pemmAnswersFromUrl } from "@/lib/interop/pemm-url";
import { createTenant, ensureModels } from "../fixtures/tenants";

const DIR = path.join(process.cwd(), "tests", "fixtures", "pemm");
const file = (name: string) => ({ text: readFileSync(path.join(DIR, name), "utf8"), source: name });
const en = file("questions-en.yaml");

beforeAll(async () => {
  await ensureModels();
});

async function importError(work: Promise<unknown>): Promise<AppError> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe("model import", () => {
  it("creates a model version from a 4 × 4 question file (with a translation); a re-import is v2", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const preview = await importModel(admin, [en, file("questions-de.yaml")], { dryRun: true });
    expect(preview.modelId).toBeNull();
    expect(preview.preview).toMatchObject({
      format: "pemm",
      version: 1,
      title: "Small platform check",
      languages: ["en", "de"],
    });
    expect(preview.preview.aspects.map((a) => [a.id, a.questions])).toEqual([
      ["investment", 4],
      ["adoption", 4],
      ["interfaces", 4],
      ["operations", 4],
    ]);
    expect(await db.maturityModel.count({ where: { organizationId: t.org.id } })).toBe(0);

    const created = await importModel(admin, [en, file("questions-de.yaml")]);
    const model = await getModelDefinition(created.modelId!);
    expect(model.id).toBe(created.preview.key);
    expect(model.interop?.pemm.fields["adoption-3"]).toBe("adoption_3");
    expect(model.translations?.de?.aspects?.interfaces?.name).toBe("Schnittstellen");
    const again = await importModel(admin, [en]);
    expect(again.preview).toMatchObject({ key: created.preview.key, version: 2 });
    expect(
      (await listModels(admin)).filter((m) => m.key === created.preview.key).map((m) => m.version),
    ).toEqual([2, 1]);
  });

  it("keeps imports of different organizations apart (same file, different keys, invisible to each other)", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const adminA = await a.member("ADMIN");
    const adminB = await b.member("ADMIN");
    const fromA = await importModel(adminA, [en]);
    const fromB = await importModel(adminB, [en]);
    expect(fromA.preview.key).not.toBe(fromB.preview.key);
    expect((await listModels(adminB)).map((m) => m.key)).not.toContain(fromA.preview.key);
  });

  it("reports malformed files with file, line and field, and creates nothing", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const cases: Array<[string, string, RegExp]> = [
      [
        "missing options",
        en.text.replace(
          /(field_name: "investment_2"\n)\s+options:\n(?:\s+- value: \d\n\s+level: .*\n\s+description: .*\n)+/,
          "$1",
        ),
        /questions-en\.yaml:\d+ categories\[0\]\.questions\[1\]\.options: missing: every question needs `options`/,
      ],
      [
        "a score of 5",
        en.text.replace(
          '- value: 4\n            level: "Hardly any"',
          '- value: 5\n            level: "Hardly any"',
        ),
        /questions-en\.yaml:\d+ categories\[2\]\.questions\[1\]\.options\[3\]\.value: out of range/,
      ],
      [
        "duplicate ids",
        en.text.replace('field_name: "operations_3"', 'field_name: "operations_2"'),
        /duplicate field_name "operations_2"/,
      ],
      ["not YAML", "categories: [\n  - id: broken\nmetadata: {", /questions-en\.yaml:\d+: not valid YAML/],
    ];
    for (const [label, text, expected] of cases) {
      const err = await importError(importModel(admin, [{ text, source: "questions-en.yaml" }]));
      expect(err.code, label).toBe("INVALID_INPUT");
      expect(err.fieldErrors?.issues?.join("\n"), label).toMatch(expected);
    }
    expect(await db.maturityModel.count({ where: { organizationId: t.org.id } })).toBe(0);
  });

  it("is for admins only", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    expect((await importError(importModel(lead, [en]))).code).toBe("FORBIDDEN");
  });
});

describe("result link import", () => {
  it("creates a draft with the link's answers, reports what it cannot place, and exports the same answers back", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const lead = await t.member("LEAD", { inTeam: true });
    const { modelId } = await importModel(admin, [en]);
    const link =
      "https://cloud-native-platform-engineering.github.io/pemm-assessment/?investment_1=1&investment_2=3&investment_3=4&adoption_1=2&adoption_9=3&interfaces_4=7&operations_2=4&v=1.2.0&view=results";

    const check = await checkResultLink(lead, { url: link });
    expect(check.modelId).toBe(modelId);
    expect(check.answers).toHaveLength(5);
    expect(check.problems.map((p) => `${p.param}:${p.reason}`)).toEqual([
      "adoption_9:unknown-question",
      "interfaces_4:out-of-range",
    ]);

    const created = await importResultLink(lead, { teamId: t.teamId, url: link });
    expect(created).toMatchObject({
      imported: 5,
      problems: [{ param: "adoption_9" }, { param: "interfaces_4" }],
    });
    const assessment = await getAssessment(lead, created.assessmentId);
    expect(assessment.status).toBe("DRAFT");
    expect(assessment.answers.map((a) => [a.questionId, a.level]).sort()).toEqual([
      ["adoption-1", 2],
      ["investment-1", 1],
      ["investment-2", 3],
      ["investment-3", 4],
      ["operations-2", 4],
    ]);

    const exported = pemmResultUrl(assessment.model, assessment.answers)!;
    const back = pemmAnswersFromUrl(assessment.model, readPemmUrl(exported)!);
    expect(back.answers.map((a) => [a.questionId, a.level]).sort()).toEqual(
      assessment.answers.map((a) => [a.questionId, a.level]).sort(),
    );
  });

  it("refuses links without answers, other teams' editors and foreign teams; nothing is created", async () => {
    const t = await createTenant();
    const other = await createTenant();
    const admin = await t.member("ADMIN");
    await importModel(admin, [en]);
    const lead = await t.member("LEAD", { inTeam: true });
    const member = await t.member("MEMBER", { inTeam: true });
    expect(
      (await importError(importResultLink(lead, { teamId: t.teamId, url: "https://example.test/?lang=de" })))
        .code,
    ).toBe("INVALID_INPUT");
    expect(
      (await importError(importResultLink(lead, { teamId: t.teamId, url: "?measurement_1=2" }))).code,
    ).toBe("INVALID_INPUT");
    expect(
      (await importError(importResultLink(member, { teamId: t.teamId, url: "?investment_1=2" }))).code,
    ).toBe("FORBIDDEN");
    expect(
      (await importError(importResultLink(lead, { teamId: other.teamId, url: "?investment_1=2" }))).code,
    ).toBe("NOT_FOUND");
    expect(await db.assessment.count({ where: { organizationId: t.org.id } })).toBe(0);
  });
});
