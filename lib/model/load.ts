/**
 * Reads the model content tree: <root>/<modelId>/v<N>/model.yaml, plus optional translation files
 * <root>/<modelId>/v<N>/translations/<locale>.yaml (the same shape as one `translations.<locale>`
 * entry). Adding a model, a version or a language is a content change only. Server-side (fs);
 * validation lives in ./parse.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { ModelContentError, parseModelText, type TTranslationText } from "./parse";
import type { TMaturityModel } from "./schema";

export const CONTENT_ROOT = path.join(process.cwd(), "content", "model");

export type TModelFile = Readonly<{ file: string; model: TMaturityModel }>;

/** Loads and validates every model file under `root`; throws on the first invalid file. */
export function loadModelFiles(root: string = CONTENT_ROOT): TModelFile[] {
  if (!existsSync(root)) return [];
  const files: TModelFile[] = [];
  for (const modelDir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const versions = readdirSync(path.join(root, modelDir.name), { withFileTypes: true }).filter(
      (d) => d.isDirectory() && /^v\d+$/.test(d.name),
    );
    for (const versionDir of versions) {
      const dir = path.join(root, modelDir.name, versionDir.name);
      const file = path.join(dir, "model.yaml");
      if (!existsSync(file)) continue;
      const relative = path.relative(process.cwd(), file);
      const model = parseModelText(readFileSync(file, "utf8"), relative, translationFiles(dir));
      const expected = { id: modelDir.name, version: Number(versionDir.name.slice(1)) };
      if (model.id !== expected.id || model.version !== expected.version) {
        throw new ModelContentError(relative, [
          {
            path: "id/version",
            line: null,
            message: `file declares ${model.id} v${model.version} but lives in ${expected.id}/v${expected.version}`,
          },
        ]);
      }
      files.push({ file: relative, model });
    }
  }
  return files.sort((a, b) => a.model.id.localeCompare(b.model.id) || a.model.version - b.model.version);
}

/** translations/<locale>.yaml next to a model.yaml (e.g. de.yaml, es.yaml, pt-BR.yaml). */
function translationFiles(versionDir: string): TTranslationText[] {
  const dir = path.join(versionDir, "translations");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*\.yaml$/.test(f))
    .sort()
    .map((f) => ({
      locale: f.replace(/\.yaml$/, ""),
      text: readFileSync(path.join(dir, f), "utf8"),
      source: path.relative(process.cwd(), path.join(dir, f)),
    }));
}
