/**
 * Turns question files of the CNCF community self-assessment (see ./pemm-format.ts) into a Stepwise
 * model version: categories → aspects, field_name → question id (investment_1 → investment-1), option
 * value → level, option `level` (its short label) → label. The four levels are the CNCF model's.
 * Further language files of the same question set become translations, after the same structural
 * parity check the tool's own CI runs (scripts/validate_content.py). Pure.
 */
import { ModelContentError, issuesWithLines, parseYamlMapping, type TModelIssue } from "@/lib/model/parse";
import { ZMaturityModel, type TMaturityModel } from "@/lib/model/schema";
import type { TModelText } from "@/lib/model/translations";
import { PEMM_MAX_SCORE, ZPemmFile, pemmStructure, sortedCategories, type TPemmFile } from "./pemm-format";

export const PEMM_REPOSITORY_URL = "https://github.com/Cloud-Native-Platform-Engineering/pemm-assessment";

export type TPemmSource = Readonly<{ text: string; source: string }>;
export type TParsedPemmFile = Readonly<{ file: TPemmFile; language: string; source: string }>;

/** CNCF maturity levels in the languages Stepwise ships (own wording). */
const LEVEL_NAMES: Record<string, readonly string[]> = {
  en: ["Provisional", "Operational", "Scalable", "Optimizing"],
  de: ["Provisorisch", "Operativ", "Skalierbar", "Optimierend"],
  es: ["Provisional", "Operativo", "Escalable", "Optimizado"],
  zh: ["临时", "可运营", "可扩展", "持续优化"],
};
const LEVEL_IDS = ["provisional", "operational", "scalable", "optimizing"] as const;

/** Is this YAML mapping a community question file (it has `categories`, not `aspects`)? */
export const looksLikePemm = (raw: unknown) =>
  typeof raw === "object" && raw !== null && "categories" in raw && !("aspects" in raw);

/** Parses and validates one question file; errors name the file, the line and the field. */
export function parsePemmFile({ text, source }: TPemmSource): TParsedPemmFile {
  const yaml = parseYamlMapping(text, source, "`metadata` and `categories`");
  const result = ZPemmFile.safeParse(yaml.doc.toJS());
  if (!result.success) throw new ModelContentError(source, issuesWithLines(yaml, result.error.issues));
  const language =
    result.data.metadata.language ??
    /questions-([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.ya?ml$/.exec(source)?.[1] ??
    "en";
  return { file: result.data, language, source };
}

export const pemmQuestionId = (fieldName: string) => fieldName.toLowerCase().replace(/[_.]+/g, "-");

/**
 * Builds the model version: `main` gives the structure and the base text, every other file (another
 * language of the same question set) a translation. Throws ModelContentError on any mismatch.
 */
export function pemmToModel(
  main: TParsedPemmFile,
  others: readonly TParsedPemmFile[],
  identity: Readonly<{ id: string; version: number }>,
): TMaturityModel {
  checkParity(main, others);
  const { file } = main;
  const categories = sortedCategories(file);
  const fields = Object.fromEntries(
    categories.flatMap((c) => c.questions.map((q) => [pemmQuestionId(q.field_name), q.field_name])),
  );
  const translations = Object.fromEntries(
    [...new Set([...others.map((o) => o.language), ...Object.keys(LEVEL_NAMES)])]
      .filter((lang) => lang !== main.language)
      .map((lang) => [lang, translationOf(others.find((o) => o.language === lang)?.file, lang)]),
  );
  const candidate = {
    id: identity.id,
    version: identity.version,
    title: file.metadata.title,
    summary: summaryOf(file),
    source: {
      name: "CNCF community Platform Engineering Maturity Model self-assessment (imported question file)",
      url: file.metadata.model_url ?? PEMM_REPOSITORY_URL,
      licence: "The question text is the imported file's; check the licence of where it came from.",
      ...(file.metadata.content_version
        ? { note: `Question set content version ${file.metadata.content_version}.` }
        : {}),
    },
    levels: LEVEL_IDS.slice(0, PEMM_MAX_SCORE).map((id, i) => ({
      level: i + 1,
      id,
      name: levelName(main.language, i),
    })),
    aspects: categories.map((c) => ({
      id: c.id,
      name: c.name,
      questions: c.questions.map((q) => ({
        id: pemmQuestionId(q.field_name),
        prompt: q.text,
        options: [...q.options]
          .sort((a, b) => a.value - b.value)
          .map((o) => ({
            level: o.value,
            label: o.level,
            ...(o.description ? { description: o.description } : {}),
          })),
      })),
    })),
    translations,
    interop: {
      pemm: {
        language: main.language,
        fields,
        ...(file.metadata.content_version ? { contentVersion: file.metadata.content_version } : {}),
      },
    },
  };
  const result = ZMaturityModel.safeParse(candidate);
  if (!result.success) {
    throw new ModelContentError(
      main.source,
      result.error.issues.map((i) => ({ path: i.path.join("."), line: null, message: i.message })),
    );
  }
  return result.data;
}

const levelName = (language: string, index: number) => (LEVEL_NAMES[language] ?? LEVEL_NAMES.en!)[index]!;

function translationOf(file: TPemmFile | undefined, language: string): TModelText {
  const levels = LEVEL_NAMES[language]
    ? Object.fromEntries(LEVEL_NAMES[language].map((name, i) => [String(i + 1), { name }]))
    : undefined;
  if (!file) return { ...(levels ? { levels } : {}) };
  return {
    title: file.metadata.title,
    ...(levels ? { levels } : {}),
    aspects: Object.fromEntries(
      file.categories.map((c) => [
        c.id,
        {
          name: c.name,
          questions: Object.fromEntries(
            c.questions.map((q) => [
              pemmQuestionId(q.field_name),
              {
                prompt: q.text,
                options: Object.fromEntries(
                  q.options.map((o) => [
                    String(o.value),
                    { label: o.level, ...(o.description ? { description: o.description } : {}) },
                  ]),
                ),
              },
            ]),
          ),
        },
      ]),
    ),
  };
}

/** The intro is HTML in the tool; keep its text only, as a one-paragraph summary. */
function summaryOf(file: TPemmFile): string {
  const intro = (file.metadata.intro ?? "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  const count = file.categories.reduce((n, c) => n + c.questions.length, 0);
  return intro
    ? intro.slice(0, 1200)
    : `Imported from a CNCF community self-assessment question file: ${file.categories.length} aspects, ${count} questions.`;
}

/** Every language file must be the same question set: same categories, field names and option values. */
function checkParity(main: TParsedPemmFile, others: readonly TParsedPemmFile[]) {
  const expected = pemmStructure(main.file);
  const seen = new Set([main.language]);
  for (const other of others) {
    const issues: TModelIssue[] = [];
    if (seen.has(other.language))
      issues.push({
        path: "metadata.language",
        line: null,
        message: `language "${other.language}" is given twice`,
      });
    seen.add(other.language);
    const found = pemmStructure(other.file);
    const ids = (s: typeof expected) => s.map((c) => c.id).join(", ");
    if (ids(found) !== ids(expected)) {
      issues.push({
        path: "categories",
        line: null,
        message: `category ids differ from ${main.source}: expected [${ids(expected)}], found [${ids(found)}]`,
      });
    } else {
      expected.forEach((category, c) => {
        const f = found[c]!;
        const fieldsOf = (cat: typeof category) =>
          cat.questions.map((q) => `${q.field}=${q.values.join("/")}`).join(", ");
        if (fieldsOf(category) !== fieldsOf(f)) {
          issues.push({
            path: `categories (${category.id})`,
            line: null,
            message: `field names or option values differ from ${main.source}: expected [${fieldsOf(category)}], found [${fieldsOf(f)}]`,
          });
        }
      });
    }
    if (issues.length > 0) throw new ModelContentError(other.source, issues);
  }
}
