import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES, negotiateLocale, withFallback } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { CLIENT_NAMESPACES, NAMESPACES } from "@/i18n/namespaces";
import { loadModelFiles } from "@/lib/model/load";
import { localizeModel, modelLanguages } from "@/lib/model/localize";
import { hashModel, parseModelText } from "@/lib/model/parse";
import { keys, lookup, namespaceFiles, placeholders, readNamespace, type TTree } from "./i18n/catalogue";

/**
 * Namespaces a language does not translate completely yet (English fills the gaps at run time). The
 * list only shrinks: a test fails when a listed namespace is in fact complete.
 */
const PARTIAL: Partial<Record<(typeof LOCALES)[number], string[]>> = {};

const root = path.resolve(__dirname, "../..");

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

  it("matches Brazilian Portuguese and Japanese by tag and by language", () => {
    expect(negotiateLocale("pt-BR", "de")).toBe("pt-BR");
    expect(negotiateLocale(undefined, "pt-br")).toBe("pt-BR");
    expect(negotiateLocale(undefined, "pt-PT,pt;q=0.9")).toBe("pt-BR");
    expect(negotiateLocale(undefined, "ja-JP, en;q=0.5")).toBe("ja");
    expect(negotiateLocale("ja", undefined)).toBe("ja");
  });

  it("falls back to English message by message", () => {
    const merged = withFallback({ a: "A", b: { c: "C", d: "D" } }, { b: { c: "Zeh" } });
    expect(merged).toEqual({ a: "A", b: { c: "Zeh", d: "D" } });
  });
});

describe("message catalogues", { timeout: 60_000 }, () => {
  it("hold one file per namespace for every language, and nothing else", () => {
    for (const locale of LOCALES) expect(namespaceFiles(locale)).toEqual([...NAMESPACES].sort());
  });

  const pairs = LOCALES.filter((l) => l !== "en").flatMap((locale) =>
    NAMESPACES.map((ns) => [locale, ns] as const),
  );

  it.each(pairs)("%s/%s has only English keys, with the same placeholders", (locale, ns) => {
    const english = readNamespace("en", ns);
    const own = readNamespace(locale, ns);
    for (const key of keys(own)) {
      const source = lookup(english, key);
      expect(typeof source, `${locale}/${ns}: ${key} is not an English key`).toBe("string");
      expect(placeholders(lookup(own, key) as string), `${locale}/${ns}: ${key}`).toEqual(
        placeholders(source as string),
      );
    }
    if (!PARTIAL[locale]?.includes(ns))
      expect(keys(own).sort(), `${locale}/${ns} misses English keys`).toEqual(keys(english).sort());
  });

  it("lists as partial only namespaces that are still incomplete", () => {
    for (const [locale, namespaces] of Object.entries(PARTIAL))
      for (const ns of namespaces) {
        const complete = keys(readNamespace(locale, ns)).length === keys(readNamespace("en", ns)).length;
        expect(complete, `${locale}/${ns} is complete: remove it from PARTIAL`).toBe(false);
      }
  });

  it.each(LOCALES)("%s messages are valid ICU", (locale) => {
    for (const ns of NAMESPACES) {
      const tree = readNamespace(locale, ns);
      for (const key of keys(tree)) {
        const text = lookup(tree, key) as string;
        expect(() => new IntlMessageFormat(text, locale), `${locale}/${ns}: ${key}`).not.toThrow();
      }
    }
  });

  it("load with English filling every gap", async () => {
    const english = await loadMessages("en");
    const japanese = await loadMessages("ja");
    expect(Object.keys(japanese).sort()).toEqual([...NAMESPACES].sort());
    expect(keys(japanese as unknown as TTree).sort()).toEqual(keys(english as unknown as TTree).sort());
  });
});

describe("message keys used in code", { timeout: 60_000 }, () => {
  const sources = execSync(
    "git ls-files -co --exclude-standard -- 'app/*.ts' 'app/*.tsx' 'components/*.ts' 'components/*.tsx' 'lib/*.ts' 'lib/*.tsx'",
    { cwd: root, encoding: "utf8" },
  )
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((file) => ({ file, text: readFileSync(path.join(root, file), "utf8") }));
  const namespaceOf = (scope: string) => scope.split(".")[0]!;

  it("name existing namespaces, and client components only use namespaces sent to the browser", () => {
    const problems: string[] = [];
    for (const { file, text } of sources) {
      const client = /^\s*["']use client["']/m.test(text);
      for (const m of text.matchAll(
        /(useTranslations|getTranslations)\(\s*(?:\{[^}]*namespace:\s*)?"([\w.]+)"/g,
      )) {
        const ns = namespaceOf(m[2]!);
        if (!(NAMESPACES as readonly string[]).includes(ns))
          problems.push(`${file}: unknown namespace ${ns}`);
        if (client && m[1] === "useTranslations" && !CLIENT_NAMESPACES.includes(ns as never))
          problems.push(`${file}: client component uses "${ns}", not in CLIENT_NAMESPACES`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('exist in English (t("key") calls on a translator bound to one namespace)', () => {
    const missing: string[] = [];
    for (const { file, text } of sources) {
      const bound = new Map<string, string>();
      for (const m of text.matchAll(
        /(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:\{[^}]*namespace:\s*)?"([\w.]+)"/g,
      ))
        bound.set(m[1]!, m[2]!);
      for (const [name, scope] of bound) {
        const [ns, ...rest] = scope.split(".");
        const english = readNamespace("en", ns!);
        const calls = new RegExp(`\\b${name}(?:\\.(?:rich|markup|raw|has))?\\(\\s*"([\\w.]+)"`, "g");
        for (const c of text.matchAll(calls)) {
          const key = [...rest, c[1]!].join(".");
          if (lookup(english, key) === undefined) missing.push(`${file}: ${ns}.${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("model translations", () => {
  const cncf = loadModelFiles().find((f) => f.model.id === "cncf-platform-engineering")!.model;

  it("ship all six UI languages for the CNCF model without changing its published content hash", () => {
    expect([...modelLanguages(cncf)].sort()).toEqual(["de", "en", "es", "ja", "pt-BR", "zh"]);
    expect(modelLanguages(cncf)[0]).toBe("en");
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
    // The glossary's level and aspect terms (/work/coord/glossary.md).
    const chinese = localizeModel(cncf, "zh");
    expect(chinese.levels.map((l) => l.name)).toEqual(["临时", "可运营", "可扩展", "持续优化"]);
    expect(chinese.aspects.map((a) => a.name)).toEqual(["投入", "采用", "接口", "运营", "度量"]);
    expect(chinese.title).toBe("CNCF 平台工程成熟度模型");
    const japanese = localizeModel(cncf, "ja");
    expect(japanese.levels.map((l) => l.name)).toEqual(["暫定的", "運用可能", "スケーラブル", "最適化"]);
    expect(japanese.aspects.map((a) => a.name)).toEqual(["投資", "導入", "インターフェース", "運用", "測定"]);
    const portuguese = localizeModel(cncf, "pt-BR");
    expect(portuguese.levels.map((l) => l.name)).toEqual([
      "Provisório",
      "Operacional",
      "Escalável",
      "Otimizado",
    ]);
    expect(portuguese.aspects.map((a) => a.name)).toEqual([
      "Investimento",
      "Adoção",
      "Interfaces",
      "Operações",
      "Medição",
    ]);
    expect(localizeModel(cncf, "pt").aspects[1]!.name).toBe("Adoção");
    for (const locale of ["de", "es", "zh", "pt-BR", "ja"]) {
      const localized = localizeModel(cncf, locale);
      // Level summaries: every language but Spanish (its file names the levels only).
      if (locale !== "es")
        expect(
          localized.levels.filter((l, i) => l.summary === cncf.levels[i]!.summary),
          locale,
        ).toEqual([]);
      for (const aspect of localized.aspects) {
        const english = cncf.aspects.find((a) => a.id === aspect.id)!;
        expect(aspect.question, `${locale} ${aspect.id}`).not.toBe(english.question);
        for (const question of aspect.questions) {
          const source = english.questions.find((q) => q.id === question.id)!;
          expect(question.prompt, `${locale} ${question.id}`).not.toBe(source.prompt);
          // Every option label is translated, one by one.
          question.options.forEach((o, i) =>
            expect(o.label, `${locale} ${question.id} option ${o.level}`).not.toBe(source.options[i]!.label),
          );
          // Option descriptions are not translated yet: they stay English, string by string.
          expect(question.options.map((o) => o.description)).toEqual(
            source.options.map((o) => o.description),
          );
        }
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
