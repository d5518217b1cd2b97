import path from "node:path";
import { loadModelFiles } from "@/lib/model/load";
import type { TMaturityModel } from "@/lib/model/schema";

/** The tiny test model (2 aspects, 3 questions, 3 levels) for workshop unit tests. */
export function loadTinyModel(): TMaturityModel {
  const file = loadModelFiles(path.join(process.cwd(), "tests", "fixtures", "models")).find(
    (f) => f.model.id === "tiny-model",
  );
  if (!file) throw new Error("tiny-model fixture missing");
  return file.model;
}
