/**
 * Parses model text (YAML or JSON) and validates it, turning every problem into a message that names
 * the source, the field path and, for YAML, the line. Pure: callers do the I/O.
 */
import { createHash } from "node:crypto";
import { LineCounter, parseDocument, isMap, isNode, type Document } from "yaml";
import type { z } from "zod";
import { ZMaturityModel, type TMaturityModel } from "./schema";

export type TModelIssue = Readonly<{ path: string; line: number | null; message: string }>;

export class ModelContentError extends Error {
  readonly issues: readonly TModelIssue[];
  readonly source: string;
  constructor(source: string, issues: readonly TModelIssue[]) {
    const lines = issues.map(
      (i) => `  - ${source}${i.line ? `:${i.line}` : ""} ${i.path ? `${i.path}: ` : ""}${i.message}`,
    );
    super(`Invalid maturity model ${source}:\n${lines.join("\n")}`);
    this.name = "ModelContentError";
    this.issues = issues;
    this.source = source;
  }
}

export const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    "",
  );

/**
 * Content hash of a published version. Translations are left out on purpose: they add languages
 * without changing what any answer means, so they may be added to a published version later.
 */
export function hashModel(model: TMaturityModel) {
  const { translations: _translations, ...versioned } = model;
  return createHash("sha256").update(JSON.stringify(versioned)).digest("hex");
}

export type TYamlSource = Readonly<{ doc: Document; lineCounter: LineCounter }>;

/** Parses YAML text into a document that must be a mapping; syntax errors name their line. */
export function parseYamlMapping(text: string, source: string, expectedKeys: string): TYamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ModelContentError(
      source,
      doc.errors.map((e) => ({
        path: "",
        line: e.linePos?.[0]?.line ?? null,
        message: `not valid YAML: ${e.message.split("\n")[0] ?? e.message}`,
      })),
    );
  }
  if (!isMap(doc.contents)) {
    throw new ModelContentError(source, [
      {
        path: "",
        line: 1,
        message: `not a YAML mapping: expected a document with keys such as ${expectedKeys}`,
      },
    ]);
  }
  return { doc, lineCounter };
}

/** Turns zod issues into messages with the YAML line of the deepest node that exists. */
export function issuesWithLines(
  { doc, lineCounter }: TYamlSource,
  issues: readonly z.core.$ZodIssue[],
): TModelIssue[] {
  return issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== "symbol");
    return { path: formatPath(path), line: lineOf({ doc, lineCounter }, path), message: issue.message };
  });
}

/** The line of the node at `path`, or of its nearest existing ancestor. */
export function lineOf(
  { doc, lineCounter }: TYamlSource,
  path: ReadonlyArray<string | number>,
): number | null {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return null;
}

export type TTranslationText = Readonly<{ locale: string; text: string; source: string }>;

/**
 * Parses and validates model text, with optional translation files (each the shape of one
 * `translations.<locale>` entry); throws ModelContentError naming the file, field and line.
 */
export function parseModelText(
  text: string,
  source: string,
  translationFiles: readonly TTranslationText[] = [],
): TMaturityModel {
  const yaml = parseYamlMapping(text, source, "`id`, `levels` and `aspects`");
  const raw = yaml.doc.toJS() as Record<string, unknown>;
  const extra = translationFiles.map((t) => ({
    ...t,
    yaml: parseYamlMapping(t.text, t.source, "`title` or `aspects`"),
  }));
  if (extra.length > 0) {
    raw.translations = {
      ...(raw.translations as object | undefined),
      ...Object.fromEntries(extra.map((t) => [t.locale, t.yaml.doc.toJS()])),
    };
  }
  const result = ZMaturityModel.safeParse(raw);
  if (result.success) return result.data;
  // Issues inside a translation file are reported against that file and its own lines.
  const byFile = new Map<string, { source: string; issues: TModelIssue[] }>();
  for (const issue of result.error.issues) {
    const file = issue.path[0] === "translations" ? extra.find((t) => t.locale === issue.path[1]) : undefined;
    const entry = byFile.get(file?.source ?? source) ?? { source: file?.source ?? source, issues: [] };
    const path = file ? issue.path.slice(2) : issue.path;
    entry.issues.push(...issuesWithLines(file?.yaml ?? yaml, [{ ...issue, path }]));
    byFile.set(entry.source, entry);
  }
  // One file at a time, so every line number belongs to the file named.
  const [first] = [...byFile.values()];
  throw new ModelContentError(first!.source, first!.issues);
}
