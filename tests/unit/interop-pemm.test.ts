import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareModelImport, orgModelKey } from "@/lib/interop/model-import";
import { parsePemmFile, pemmToModel } from "@/lib/interop/pemm-import";
import { isPemmModel, pemmAspectMeans, pemmCategoryScore } from "@/lib/interop/pemm-mean";
import {
  PEMM_TOOL_URL,
  isVersionMismatch,
  pemmAnswersFromUrl,
  pemmResultUrl,
  readPemmUrl,
} from "@/lib/interop/pemm-url";
import { localizeModel } from "@/lib/model/localize";
import { ModelContentError } from "@/lib/model/parse";
import { scoreAssessment } from "@/lib/scoring/score";

const DIR = path.join(process.cwd(), "tests", "fixtures", "pemm");
const read = (name: string) => ({ text: readFileSync(path.join(DIR, name), "utf8"), source: name });
const en = read("questions-en.yaml");
const model = pemmToModel(parsePemmFile(en), [parsePemmFile(read("questions-de.yaml"))], {
  id: "small-check-abc123",
  version: 1,
});

function problemsOf(text: string, source = "questions-en.yaml"): string[] {
  try {
    prepareModelImport([{ text, source }]);
  } catch (err) {
    expect(err).toBeInstanceOf(ModelContentError);
    return (err as ModelContentError).issues.map((i) => `${i.line ?? "-"} ${i.path}: ${i.message}`);
  }
  throw new Error("expected the import to fail");
}

describe("question file import", () => {
  it("turns 4 categories × 4 questions into aspects with the CNCF levels and the field map", () => {
    expect(model.aspects.map((a) => a.id)).toEqual(["investment", "adoption", "interfaces", "operations"]);
    expect(model.aspects.every((a) => a.questions.length === 4 && a.cells.length === 0)).toBe(true);
    expect(model.levels.map((l) => l.name)).toEqual(["Provisional", "Operational", "Scalable", "Optimizing"]);
    expect(model.aspects[0]!.questions[0]).toMatchObject({
      id: "investment-1",
      prompt: "Who keeps the shared tooling running?",
    });
    expect(model.aspects[0]!.questions[0]!.options.map((o) => [o.level, o.label])).toEqual([
      [1, "Nobody in particular"],
      [2, "A part-time group"],
      [3, "A dedicated team"],
      [4, "A dedicated team with product roles"],
    ]);
    expect(model.interop?.pemm).toMatchObject({ language: "en", contentVersion: "1.2.0" });
    expect(model.interop?.pemm.fields["operations-4"]).toBe("operations_4");
    expect(model.summary).toBe("A small question set for tests.");
    expect(isPemmModel(model)).toBe(true);
  });

  it("adds another language of the same question set as a translation, with per-string fallback", () => {
    const de = localizeModel(model, "de");
    expect(de.title).toBe("Kleiner Plattform-Check");
    expect(de.aspects[2]!.name).toBe("Schnittstellen");
    expect(de.aspects[0]!.questions[0]!.prompt).toBe("Frage 1 zu Investition");
    expect(de.aspects[0]!.questions[0]!.options[3]!.label).toBe("Voll");
    expect(de.levels[0]!.name).toBe("Provisorisch");
    // Spanish: only the level names ship with Stepwise; everything else falls back to English.
    const es = localizeModel(model, "es");
    expect(es.levels[1]!.name).toBe("Operativo");
    expect(es.aspects[0]!.questions[0]!.prompt).toBe("Who keeps the shared tooling running?");
  });

  it("refuses a translation whose structure differs (the shared-link contract)", () => {
    const de = read("questions-de.yaml");
    const broken = {
      ...de,
      text: de.text.replace('field_name: "operations_4"', 'field_name: "operations_5"'),
    };
    expect(() => prepareModelImport([en, broken])).toThrow(/field names or option values differ/);
  });

  it("names line and field for: missing options, a score of 5, duplicate ids, not YAML", () => {
    const noOptions = en.text.replace(
      /(field_name: "investment_2"\n)\s+options:\n(?:\s+- value: \d\n\s+level: .*\n\s+description: .*\n)+/,
      "$1",
    );
    expect(problemsOf(noOptions)).toEqual([
      expect.stringMatching(
        /^\d+ categories\[0\]\.questions\[1\]\.options: missing: every question needs `options`/,
      ),
    ]);

    const five = en.text.replace(
      /(field_name: "adoption_3"\n\s+options:\n(?:.*\n){9})\s+- value: 4/,
      "$1          - value: 5",
    );
    const [fiveProblem] = problemsOf(five);
    expect(fiveProblem).toMatch(
      /categories\[1\]\.questions\[2\]\.options\[3\]\.value: out of range: option values are scores from 1 to 4/,
    );
    expect(Number(fiveProblem!.split(" ")[0])).toBe(
      five.split("\n").findIndex((l) => l.includes("value: 5")) + 1,
    );

    const dupCategory = en.text.replace('- id: "adoption"', '- id: "investment"');
    expect(problemsOf(dupCategory).join("\n")).toMatch(/duplicate category id "investment"/);
    const dupQuestion = en.text.replace(/(field_name: "interfaces_1"[\s\S]*?)- id: 2/, "$1- id: 1");
    expect(problemsOf(dupQuestion).join("\n")).toMatch(/duplicate question id 1 in category "interfaces"/);
    const dupField = en.text.replace('field_name: "interfaces_2"', 'field_name: "interfaces_1"');
    expect(problemsOf(dupField).join("\n")).toMatch(
      /categories\[2\]\.questions\[1\]\.field_name: duplicate field_name "interfaces_1"/,
    );

    expect(problemsOf("metadata: [unclosed\ncategories:")[0]).toMatch(/^[12] : not valid YAML/);
    expect(problemsOf("just a sentence, not a question file")[0]).toMatch(/not a YAML mapping/);
    expect(problemsOf("metadata:\n  title: x\n")[0]).toMatch(
      /neither a question file .* nor a Stepwise model/,
    );
  });

  it("requires each field_name to carry its category prefix (the tool scores by prefix)", () => {
    const moved = en.text.replace('field_name: "adoption_1"', 'field_name: "usage_1"');
    expect(problemsOf(moved).join("\n")).toMatch(/must start with "adoption_"/);
  });

  it("imports Stepwise's own format on the same path, and namespaces keys per organization", () => {
    const own = readFileSync(
      path.join(process.cwd(), "tests", "fixtures", "models", "tiny-model", "v1", "model.yaml"),
      "utf8",
    );
    const prepared = prepareModelImport([{ text: own, source: "model.yaml" }]);
    expect(prepared.format).toBe("stepwise");
    expect(prepared.build({ id: "tiny-model-0a1b2c", version: 3 })).toMatchObject({
      id: "tiny-model-0a1b2c",
      version: 3,
    });
    expect(orgModelKey("pemm-assessment", "org-1")).toMatch(/^pemm-assessment-[0-9a-f]{6}$/);
    expect(orgModelKey("pemm-assessment", "org-1")).not.toBe(orgModelKey("pemm-assessment", "org-2"));
    expect(orgModelKey(orgModelKey("pemm-assessment", "org-1"), "org-1")).toBe(
      orgModelKey("pemm-assessment", "org-1"),
    );
  });
});

describe("aspect means, as the community tool computes them", () => {
  // Hand-computed: investment (1+3+4+2)/4 = 2.50; adoption (2+2+3)/3 = 2.33 (one unanswered);
  // interfaces (4)/1 = 4.00; operations has no answers.
  const query =
    "investment_1=1&investment_2=3&investment_3=4&investment_4=2&adoption_1=2&adoption_2=2&adoption_4=3&interfaces_3=4&v=1.2.0&view=results";
  const params = [...new URLSearchParams(query).entries()];

  it("matches hand-computed values from raw link parameters, including partly answered forms", () => {
    expect(pemmCategoryScore(params, "investment")).toBe("2.50");
    expect(pemmCategoryScore(params, "adoption")).toBe("2.33");
    expect(pemmCategoryScore(params, "interfaces")).toBe("4.00");
    expect(pemmCategoryScore(params, "operations")).toBe("0");
    expect(
      pemmCategoryScore(
        [
          ["adoption_1", "1"],
          ["adoption_2", "2"],
          ["adoption_3", "2"],
        ],
        "adoption",
      ),
    ).toBe("1.67");
  });

  it("gives the same strings for Stepwise answers, and Stepwise's score rounds to the same number", () => {
    const { answers } = pemmAnswersFromUrl(model, readPemmUrl(`${PEMM_TOOL_URL}?${query}`)!);
    const stepwiseAnswers = answers.map((a) => ({
      questionId: a.questionId,
      level: a.level,
      notSure: false,
    }));
    const means = pemmAspectMeans(model, stepwiseAnswers);
    expect(means.map((m) => m.mean)).toEqual(["2.50", "2.33", "4.00", null]);
    for (const category of ["investment", "adoption", "interfaces"]) {
      expect(means.find((m) => m.aspectId === category)!.mean).toBe(pemmCategoryScore(params, category));
    }
    const scored = scoreAssessment(model, stepwiseAnswers);
    expect(scored.aspects.map((a) => (a.score === null ? null : a.score.toFixed(2)))).toEqual([
      "2.50",
      "2.33",
      "4.00",
      null,
    ]);
    expect(scored.aspects.map((a) => a.levelName)).toEqual([
      "Operational",
      "Operational",
      "Optimizing",
      null,
    ]);
  });

  it("leaves 'not sure' out, like an unanswered question", () => {
    const means = pemmAspectMeans(model, [
      { questionId: "investment-1", level: 4, notSure: false },
      { questionId: "investment-2", level: null, notSure: true },
      { questionId: "investment-3", level: 1, notSure: false },
    ]);
    expect(means[0]).toEqual({ aspectId: "investment", mean: "2.50", answered: 2 });
  });
});

describe("result links", () => {
  it("reports unknown, out-of-range and repeated parameters instead of dropping them", () => {
    const url = readPemmUrl(
      "https://example.test/pemm-assessment/?lang=de&investment_1=2&investment_9=3&adoption_1=5&adoption_2=x&interfaces_1=1&interfaces_1=3&page=2&measurement_1=4",
    )!;
    const { answers, problems } = pemmAnswersFromUrl(model, url);
    expect(answers).toEqual([
      { questionId: "investment-1", field: "investment_1", level: 2 },
      { questionId: "interfaces-1", field: "interfaces_1", level: 3 },
    ]);
    expect(problems).toEqual([
      { param: "investment_9", value: "3", reason: "unknown-question" },
      { param: "adoption_1", value: "5", reason: "out-of-range" },
      { param: "adoption_2", value: "x", reason: "out-of-range" },
      { param: "interfaces_1", value: "1", reason: "repeated" },
      { param: "measurement_1", value: "4", reason: "unknown-question" },
    ]);
    expect(url.language).toBe("de");
  });

  it("accepts a bare query string and flags links from another minor version", () => {
    const url = readPemmUrl("?investment_1=4&v=1.1.9")!;
    expect(pemmAnswersFromUrl(model, url).problems).toEqual([
      { param: "v", value: "1.1.9", reason: "version-mismatch" },
    ]);
    expect(pemmAnswersFromUrl(model, readPemmUrl("investment_1=4&v=1.2.7")!).problems).toEqual([]);
    expect(isVersionMismatch("2.0.0", "1.2.0")).toBe(true);
    expect(isVersionMismatch("draft", "1.2.0")).toBe(false);
    expect(readPemmUrl("https://example.test/no-answers")).toBeNull();
    expect(readPemmUrl("   ")).toBeNull();
  });

  it("round-trips: export → import gives the same answers", () => {
    const answers = [
      { questionId: "investment-1", level: 2, notSure: false },
      { questionId: "investment-4", level: 4, notSure: false },
      { questionId: "adoption-2", level: 1, notSure: false },
      { questionId: "interfaces-3", level: null, notSure: true },
      { questionId: "operations-4", level: 3, notSure: false },
    ];
    const url = pemmResultUrl(model, answers)!;
    expect(url).toBe(
      `${PEMM_TOOL_URL}?investment_1=2&investment_4=4&adoption_2=1&operations_4=3&v=1.2.0&view=results`,
    );
    const back = pemmAnswersFromUrl(model, readPemmUrl(url)!);
    expect(back.problems).toEqual([]);
    expect(back.answers.map((a) => ({ questionId: a.questionId, level: a.level, notSure: false }))).toEqual(
      answers.filter((a) => !a.notSure),
    );
  });
});
