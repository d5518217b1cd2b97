/**
 * One import path for model files an admin uploads or pastes: the CNCF community self-assessment's
 * question files (one or more languages of one question set) or Stepwise's own content format.
 * Pure: parses, validates and builds the model; the DAL decides its key and version and stores it.
 */
import { createHash } from "node:crypto";
import { parseDocument } from "yaml";
import { ModelContentError, parseModelText } from "@/lib/model/parse";
import type { TMaturityModel } from "@/lib/model/schema";
import { looksLikePemm, parsePemmFile, pemmToModel, type TPemmSource } from "./pemm-import";

export type TImportFormat = "pemm" | "stepwise";
export type TPreparedImport = Readonly<{
  format: TImportFormat;
  baseId: string;
  build: (identity: { id: string; version: number }) => TMaturityModel;
}>;

/** Detects the format of the first file and validates every file; throws ModelContentError. */
export function prepareModelImport(files: readonly TPemmSource[]): TPreparedImport {
  const [first] = files;
  if (!first)
    throw new ModelContentError("import", [
      { path: "", line: null, message: "add a file or paste its text" },
    ]);
  let raw: unknown = null;
  try {
    raw = parseDocument(first.text).toJS();
  } catch {
    raw = null; // syntax errors are reported with their line by the parsers below
  }
  if (looksLikePemm(raw)) {
    const parsed = files.map(parsePemmFile);
    const main = parsed.find((p) => p.language === "en") ?? parsed[0]!;
    const others = parsed.filter((p) => p !== main);
    pemmToModel(main, others, { id: "check", version: 1 }); // validates the whole set before any key is chosen
    return {
      format: "pemm",
      baseId: "pemm-assessment",
      build: (identity) => pemmToModel(main, others, identity),
    };
  }
  if (raw && typeof raw === "object" && !Array.isArray(raw) && !("aspects" in raw)) {
    throw new ModelContentError(first.source, [
      {
        path: "",
        line: 1,
        message:
          "neither a question file (it needs `categories:`) nor a Stepwise model (it needs `aspects:`)",
      },
    ]);
  }
  if (files.length > 1) {
    throw new ModelContentError(files[1]!.source, [
      {
        path: "",
        line: null,
        message:
          "several files are only supported for question files of the community self-assessment; put translations of a Stepwise model into its `translations:` block",
      },
    ]);
  }
  const model = parseModelText(first.text, first.source);
  return { format: "stepwise", baseId: model.id, build: (identity) => ({ ...model, ...identity }) };
}

/**
 * Key of a model imported by one organization: `<base id>-<6 hex of the org id>`. Keys are unique
 * across all organizations, and content models never end in such a tag, so imports by different
 * organizations of the same file cannot collide with each other or with a published model.
 */
export function orgModelKey(baseId: string, orgId: string): string {
  const tag = createHash("sha256").update(orgId).digest("hex").slice(0, 6);
  const base = baseId
    .replace(/-[0-9a-f]{6}$/, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${base}-${tag}`;
}
