import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadModelFiles } from "@/lib/model/load";
import { ModelContentError, parseModelText } from "@/lib/model/parse";

const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "models");

describe("model content", () => {
  const files = loadModelFiles();

  it("loads and validates every model file in content/model", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it("has the CNCF model: 5 aspects × 4 levels, at least 4 questions per aspect, 4 options each", () => {
    const cncf = files.find((f) => f.model.id === "cncf-platform-engineering")?.model;
    expect(cncf).toBeDefined();
    expect(cncf!.levels.map((l) => l.name)).toEqual(["Provisional", "Operational", "Scalable", "Optimizing"]);
    expect(cncf!.aspects.map((a) => a.name)).toEqual([
      "Investment",
      "Adoption",
      "Interfaces",
      "Operations",
      "Measurement",
    ]);
    for (const aspect of cncf!.aspects) {
      expect(aspect.cells.map((c) => c.level)).toEqual([1, 2, 3, 4]);
      expect(aspect.questions.length).toBeGreaterThanOrEqual(4);
      for (const q of aspect.questions) expect(q.options.map((o) => o.level).sort()).toEqual([1, 2, 3, 4]);
    }
    expect(cncf!.source?.licence).toMatch(/Apache-2\.0/);
  });

  it("loads a second model from another folder with the same code", () => {
    const [tiny] = loadModelFiles(FIXTURES);
    expect(tiny?.model).toMatchObject({ id: "tiny-model", version: 1 });
    expect(tiny?.model.levels).toHaveLength(3);
  });
});

describe("content errors name the file, the line and the field", () => {
  const valid = `id: broken
version: 1
title: Broken
summary: A model with a mistake.
levels:
  - { level: 1, id: one, name: One }
  - { level: 2, id: two, name: Two }
aspects:
  - id: speed
    name: Speed
    question: How fast?
    summary: Speed.
    cells:
      - { level: 1, tagline: Slow, description: Slow., characteristics: [slow] }
      - { level: 2, tagline: Fast, description: Fast., characteristics: [fast] }
    questions:
      - id: speed-1
        prompt: How fast are you?
        options:
          - { level: 1, label: Slow }
          - { level: 2, label: Fast }
`;

  it("accepts the valid fixture", () => {
    expect(parseModelText(valid, "ok.yaml").aspects[0]?.questions).toHaveLength(1);
  });

  it("reports an option level outside the model with its path and line", () => {
    const text = valid.replace("{ level: 2, label: Fast }", "{ level: 5, label: Fast }");
    try {
      parseModelText(text, "content/model/broken/v1/model.yaml");
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ModelContentError);
      const message = (err as Error).message;
      expect(message).toContain("content/model/broken/v1/model.yaml:21");
      expect(message).toContain("aspects[0].questions[0].options[1].level");
      expect(message).toContain("level 5 is not one of the model's levels");
    }
  });

  it("reports missing fields, unknown keys, duplicate ids and YAML syntax errors", () => {
    expect(() => parseModelText(valid.replace("title: Broken\n", ""), "m.yaml")).toThrow(/title/);
    expect(() =>
      parseModelText(valid.replace("summary: Speed.", "summary: Speed.\n    colour: red"), "m.yaml"),
    ).toThrow(/colour/);
    expect(() =>
      parseModelText(valid.replace("- id: speed-1", "- id: speed-1\n        prompt2: x"), "m.yaml"),
    ).toThrow(ModelContentError);
    const duplicated = valid + valid.slice(valid.indexOf("  - id: speed\n")).replace("speed-1", "speed-2");
    expect(() => parseModelText(duplicated, "m.yaml")).toThrow(/duplicate aspect id "speed"/);
    expect(() => parseModelText("id: [unclosed", "m.yaml")).toThrow(/m\.yaml:1/);
  });

  it("refuses a file whose id/version disagree with its folder", () => {
    const root = mkdtempSync(path.join(tmpdir(), "models-"));
    mkdirSync(path.join(root, "other-name", "v2"), { recursive: true });
    writeFileSync(path.join(root, "other-name", "v2", "model.yaml"), valid);
    expect(() => loadModelFiles(root)).toThrow(/declares broken v1 but lives in other-name\/v2/);
  });
});
