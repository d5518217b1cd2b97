/**
 * Parses model text (YAML or JSON) and validates it, turning every problem into a message that names
 * the source, the field path and, for YAML, the line. Pure: callers do the I/O.
 */
import { createHash } from "node:crypto";
import { LineCounter, parseDocument, isNode } from "yaml";
import { ZMaturityModel, type TMaturityModel } from "./schema";

export type TModelIssue = Readonly<{ path: string; line: number | null; message: string }>;

export class ModelContentError extends Error {
  readonly issues: readonly TModelIssue[];
  constructor(source: string, issues: readonly TModelIssue[]) {
    const lines = issues.map((i) => `  - ${source}${i.line ? `:${i.line}` : ""} ${i.path ? `${i.path}: ` : ""}${i.message}`);
    super(`Invalid maturity model ${source}:\n${lines.join("\n")}`);
    this.name = "ModelContentError";
    this.issues = issues;
  }
}

const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");

export function hashModel(model: TMaturityModel) {
  return createHash("sha256").update(JSON.stringify(model)).digest("hex");
}

/** Parses and validates model text; throws ModelContentError naming `source`, field and line. */
export function parseModelText(text: string, source: string): TMaturityModel {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ModelContentError(
      source,
      doc.errors.map((e) => ({ path: "", line: e.linePos?.[0]?.line ?? null, message: e.message.split("\n")[0] ?? e.message })),
    );
  }
  const result = ZMaturityModel.safeParse(doc.toJS());
  if (result.success) return result.data;

  const issues = result.error.issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== "symbol");
    let line: number | null = null;
    for (let depth = path.length; depth >= 0 && line === null; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
    }
    return { path: formatPath(path), line, message: issue.message };
  });
  throw new ModelContentError(source, issues);
}
