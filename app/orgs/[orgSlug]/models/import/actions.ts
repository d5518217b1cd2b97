"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { importModel } from "@/lib/data/models";
import { modelPath, orgPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

const MAX_FILE_CHARS = 1_000_000;
const ZFiles = z
  .string()
  .max(4 * MAX_FILE_CHARS, "The files are too large (at most 1 MB each, 4 MB in all).")
  .transform((text, ctx) => {
    try {
      return JSON.parse(text || "[]") as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "The files could not be read. Please choose them again." });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(
        z.object({
          name: z.string().min(1).max(200),
          text: z.string().max(MAX_FILE_CHARS, "at most 1 MB per file"),
        }),
      )
      .max(8, "At most 8 files at once."),
  );

const ZImportModel = z.object({
  orgSlug: z.string().trim().min(1).max(60),
  intent: z.enum(["preview", "import"]),
  modelId: z
    .string()
    .trim()
    .max(60)
    .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, "Use lower-case letters, digits and single hyphens.")
    .default(""),
  files: ZFiles,
  pasted: z.string().max(MAX_FILE_CHARS, "The text is too large (at most 1 MB).").default(""),
});

/** Checks uploaded model files (preview) or imports them as the next model version (admins). */
export const importModelAction = defineFormAction(
  ZImportModel,
  async ({ orgSlug, intent, modelId, files, pasted }) => {
    const ctx = await requireOrg(orgSlug, "ADMIN");
    const sources =
      files.length > 0
        ? files.map((f) => ({ text: f.text, source: f.name }))
        : pasted.trim()
          ? [{ text: pasted, source: "pasted text" }]
          : [];
    const result = await importModel(
      ctx,
      sources,
      {
        dryRun: intent === "preview",
        baseId: modelId || undefined,
      },
      await requestAuditMeta(),
    );
    if (result.modelId) {
      revalidatePath(orgPath(orgSlug), "layout");
      redirect(modelPath(orgSlug, result.preview.key, result.preview.version));
    }
    return { preview: result.preview };
  },
);
