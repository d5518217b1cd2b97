/**
 * The maturity-model content format (content/model/<id>/v<N>/model.yaml). Pure: no I/O here.
 * A model is aspects × levels; each aspect has one cell per level (what that level looks like) and
 * a questionnaire whose options each map to exactly one level. Imported question-only models (e.g. the
 * CNCF community self-assessment format) have no cells; `cells` is then empty, never partial.
 * Every string field holds the English (source) text; other languages live in the optional
 * `translations` (see ./translations.ts and ./localize.ts), so consumers keep one shape.
 */
import { z } from "zod";
import { ZInterop, ZTranslations, checkTranslations } from "./translations";

const ZId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "use lower-case letters, digits and single hyphens (e.g. `investment-1`)",
  );
const ZText = z.string().trim().min(1, "must not be empty");

export const ZLevel = z.strictObject({
  level: z.number().int().min(1).max(9),
  id: ZId,
  name: ZText,
  summary: ZText.optional(),
});

export const ZCell = z.strictObject({
  level: z.number().int(),
  tagline: ZText,
  description: ZText,
  characteristics: z.array(ZText).min(1, "list at least one characteristic"),
  examples: z.array(ZText).default([]),
  suggestedSteps: z.array(ZText).default([]),
});

export const ZOption = z.strictObject({
  level: z.number().int(),
  label: ZText.max(120),
  description: ZText.max(600).optional(),
});

export const ZQuestion = z.strictObject({
  id: ZId,
  prompt: ZText.max(300),
  help: ZText.max(1000).optional(),
  options: z.array(ZOption).min(2, "a question needs at least two options"),
});

export const ZAspect = z.strictObject({
  id: ZId,
  name: ZText.max(60),
  // Optional for imported question files, which have neither; "" means "none" (pages skip it).
  question: z.string().trim().default(""),
  summary: z.string().trim().default(""),
  cells: z.array(ZCell).default([]),
  questions: z.array(ZQuestion).min(1, "an aspect needs at least one question"),
});

export const ZSource = z.strictObject({
  name: ZText,
  // Rendered as a link: http(s) only, never javascript: or data: (stored XSS through an imported model).
  url: z.url({ protocol: /^https?$/, error: "source.url must be an http(s) link" }),
  licence: ZText,
  note: ZText.optional(),
});

export const ZMaturityModel = z
  .strictObject({
    id: ZId,
    version: z.number().int().positive(),
    title: ZText.max(120),
    summary: ZText,
    source: ZSource.optional(),
    levels: z.array(ZLevel).min(2, "a model needs at least two levels"),
    aspects: z.array(ZAspect).min(1, "a model needs at least one aspect"),
    translations: ZTranslations.optional(),
    interop: ZInterop.optional(),
  })
  .superRefine((model, ctx) => {
    const levelValues = model.levels.map((l) => l.level);
    levelValues.forEach((value, i) => {
      if (value !== i + 1) {
        ctx.addIssue({
          code: "custom",
          path: ["levels", i, "level"],
          message: `levels must be numbered 1, 2, 3… in order (expected ${i + 1})`,
        });
      }
    });
    const aspectIds = new Set<string>();
    const questionIds = new Set<string>();
    model.aspects.forEach((aspect, a) => {
      if (aspectIds.has(aspect.id))
        ctx.addIssue({
          code: "custom",
          path: ["aspects", a, "id"],
          message: `duplicate aspect id "${aspect.id}"`,
        });
      aspectIds.add(aspect.id);

      const cellLevels = aspect.cells.map((c) => c.level).join(",");
      if (aspect.cells.length > 0 && cellLevels !== levelValues.join(",")) {
        ctx.addIssue({
          code: "custom",
          path: ["aspects", a, "cells"],
          message: `needs no cells or exactly one cell per level, in order (${levelValues.join(", ")}); found [${cellLevels}]`,
        });
      }
      aspect.questions.forEach((question, q) => {
        if (questionIds.has(question.id)) {
          ctx.addIssue({
            code: "custom",
            path: ["aspects", a, "questions", q, "id"],
            message: `duplicate question id "${question.id}"`,
          });
        }
        questionIds.add(question.id);
        const seen = new Set<number>();
        question.options.forEach((option, o) => {
          if (!levelValues.includes(option.level)) {
            ctx.addIssue({
              code: "custom",
              path: ["aspects", a, "questions", q, "options", o, "level"],
              message: `level ${option.level} is not one of the model's levels (${levelValues.join(", ")})`,
            });
          }
          if (seen.has(option.level)) {
            ctx.addIssue({
              code: "custom",
              path: ["aspects", a, "questions", q, "options", o, "level"],
              message: `two options of "${question.id}" map to level ${option.level}`,
            });
          }
          seen.add(option.level);
        });
      });
    });
    checkTranslations(model, ctx);
  });

export type TMaturityModel = z.output<typeof ZMaturityModel>;
export type TAspect = TMaturityModel["aspects"][number];
export type TQuestion = TAspect["questions"][number];
export type TCell = TAspect["cells"][number];
export type TLevel = TMaturityModel["levels"][number];

export function findQuestion(model: TMaturityModel, questionId: string) {
  for (const aspect of model.aspects) {
    const question = aspect.questions.find((q) => q.id === questionId);
    if (question) return { aspect, question };
  }
  return null;
}

export function levelName(model: TMaturityModel, level: number | null) {
  if (level === null) return null;
  return model.levels.find((l) => l.level === level)?.name ?? `Level ${level}`;
}
