import { describe, expect, it } from "vitest";
import { LOCALES, negotiateLocale, withFallback } from "@/i18n/locales";
import { loadModelFiles } from "@/lib/model/load";
import { localizeModel, modelLanguages } from "@/lib/model/localize";
import { hashModel, parseModelText } from "@/lib/model/parse";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import zh from "@/messages/zh.json";

type TTree = { [key: string]: string | TTree };
const keys = (tree: TTree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
const lookup = (tree: TTree, key: string) =>
  key.split(".").reduce<string | TTree>((node, k) => (node as TTree)[k]!, tree) as string;

describe("locale negotiation", () => {
  it("prefers a valid cookie, then Accept-Language by q and by language, then English", () => {
    expect(negotiateLocale("de", "es-ES,es;q=0.9")).toBe("de");
    expect(negotiateLocale("xx", "es-ES,es;q=0.9")).toBe("es");
    expect(negotiateLocale(undefined, "fr-FR;q=0.9, de-AT;q=0.8, en;q=0.1")).toBe("de");
    expect(negotiateLocale(undefined, "en;q=0.2, zh-CN")).toBe("zh");
    expect(negotiateLocale(undefined, "fr, it;q=0.5")).toBe("en");
    expect(negotiateLocale(null, "")).toBe("en");
    expect(negotiateLocale(undefined, "de;q=0, es;q=abc")).toBe("en");
  });

  it("falls back to English message by message", () => {
    const merged = withFallback({ a: "A", b: { c: "C", d: "D" } }, { b: { c: "Zeh" } });
    expect(merged).toEqual({ a: "A", b: { c: "Zeh", d: "D" } });
  });
});

describe("message catalogues", () => {
  const english = keys(en as TTree);

  it.each([
    ["de", de],
    ["es", es],
  ] as const)("%s translates every English message with the same placeholders", (_locale, messages) => {
    expect(keys(messages as TTree).sort()).toEqual([...english].sort());
    for (const key of english)
      expect(placeholders(lookup(messages as TTree, key))).toEqual(placeholders(lookup(en as TTree, key)));
  });

  it("zh is partial but only uses English keys (the rest falls back)", () => {
    for (const key of keys(zh as TTree)) expect(english).toContain(key);
    expect(LOCALES).toEqual(["en", "de", "es", "zh"]);
  });
});

describe("model translations", () => {
  const cncf = loadModelFiles().find((f) => f.model.id === "cncf-platform-engineering")!.model;

  it("ship German and Spanish for the CNCF model without changing its published content hash", () => {
    expect(modelLanguages(cncf)).toEqual(["en", "de", "es"]);
    expect(hashModel(cncf)).toBe(hashModel({ ...cncf, translations: undefined }));
    const german = localizeModel(cncf, "de");
    expect(german.levels.map((l) => l.name)).toEqual([
      "Provisorisch",
      "Operativ",
      "Skalierbar",
      "Optimierend",
    ]);
    expect(german.aspects.map((a) => a.name)).toEqual([
      "Investition",
      "Adoption",
      "Schnittstellen",
      "Betrieb",
      "Messung",
    ]);
    for (const aspect of german.aspects) {
      for (const question of aspect.questions) {
        const english = cncf.aspects
          .find((a) => a.id === aspect.id)!
          .questions.find((q) => q.id === question.id)!;
        expect(question.prompt).not.toBe(english.prompt);
        expect(question.options.map((o) => o.label)).not.toEqual(english.options.map((o) => o.label));
        // Option descriptions are not translated yet: they stay English, string by string.
        expect(question.options.map((o) => o.description)).toEqual(english.options.map((o) => o.description));
      }
    }
    expect(localizeModel(cncf, "es").aspects[4]!.name).toBe("Medición");
    expect(localizeModel(cncf, "es-MX").aspects[4]!.name).toBe("Medición");
    expect(localizeModel(cncf, "fr")).toBe(cncf);
    // Cells are not translated: the model grid stays English where no text exists.
    expect(german.aspects[0]!.cells[0]!.tagline).toBe(cncf.aspects[0]!.cells[0]!.tagline);
  });

  it("refuses translations that name unknown aspects, questions or options", () => {
    const base = `id: t\nversion: 1\ntitle: T\nsummary: S\nlevels:\n  - { level: 1, id: a, name: A }\n  - { level: 2, id: b, name: B }\naspects:\n  - id: x\n    name: X\n    questions:\n      - id: x-1\n        prompt: P?\n        options:\n          - { level: 1, label: One }\n          - { level: 2, label: Two }\n`;
    expect(parseModelText(base, "m.yaml").aspects[0]!.cells).toEqual([]);
    expect(() =>
      parseModelText(base, "m.yaml", [
        { locale: "de", text: "aspects:\n  y:\n    name: Ypsilon\n", source: "de.yaml" },
      ]),
    ).toThrow(/de\.yaml:[23] aspects\.y: unknown aspect "y"/);
    expect(() =>
      parseModelText(base, "m.yaml", [
        {
          locale: "de",
          text: "aspects:\n  x:\n    questions:\n      x-1:\n        options:\n          3: { label: Drei }\n",
          source: "de.yaml",
        },
      ]),
    ).toThrow(/unknown option "3"/);
    const translated = parseModelText(base, "m.yaml", [
      {
        locale: "de",
        text: "aspects:\n  x:\n    questions:\n      x-1:\n        prompt: F?\n",
        source: "de.yaml",
      },
    ]);
    expect(localizeModel(translated, "de").aspects[0]!.questions[0]).toMatchObject({
      prompt: "F?",
      options: [{ label: "One" }, { label: "Two" }],
    });
  });
});
