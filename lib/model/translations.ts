/**
 * Optional per-language text of a model (`translations.<locale>`), keyed by ids so the English
 * structure stays the single source of truth: every string is optional and falls back to English one
 * by one (see ./localize.ts). Also the interop block that remembers how an imported model maps to the
 * CNCF community self-assessment's URL fields. Pure.
 */
import { z } from "zod";

const ZText = z.string().trim().min(1, "must not be empty");
const ZTextList = z.array(ZText);

/** BCP 47-ish language tag: `de`, `es`, `zh`, `pt-BR`. */
export const ZLocaleTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "use a language code such as de, es or zh");

const ZOptionText = z.strictObject({
  label: ZText.max(120).optional(),
  description: ZText.max(600).optional(),
});
const ZQuestionText = z.strictObject({
  prompt: ZText.max(300).optional(),
  help: ZText.max(1000).optional(),
  /** Keyed by the option's level (YAML `1:` becomes the key "1"). */
  options: z.record(z.string(), ZOptionText).optional(),
});
const ZCellText = z.strictObject({
  tagline: ZText.optional(),
  description: ZText.optional(),
  characteristics: ZTextList.optional(),
  examples: ZTextList.optional(),
  suggestedSteps: ZTextList.optional(),
});
const ZAspectText = z.strictObject({
  name: ZText.max(60).optional(),
  question: ZText.optional(),
  summary: ZText.optional(),
  cells: z.record(z.string(), ZCellText).optional(),
  questions: z.record(z.string(), ZQuestionText).optional(),
});
export const ZModelText = z.strictObject({
  title: ZText.max(120).optional(),
  summary: ZText.optional(),
  levels: z
    .record(z.string(), z.strictObject({ name: ZText.optional(), summary: ZText.optional() }))
    .optional(),
  aspects: z.record(z.string(), ZAspectText).optional(),
});
export const ZTranslations = z.record(ZLocaleTag, ZModelText);

/**
 * How an imported model maps to the CNCF community self-assessment (pemm-assessment): question id →
 * the `field_name` used as URL parameter, and the file's `content_version` (stamped as `v=` in links).
 */
export const ZInterop = z.strictObject({
  pemm: z.strictObject({
    contentVersion: z.string().max(40).optional(),
    language: ZLocaleTag,
    fields: z.record(z.string(), z.string().regex(/^[A-Za-z0-9_.-]{1,80}$/)),
  }),
});

export type TModelText = z.output<typeof ZModelText>;
export type TTranslations = z.output<typeof ZTranslations>;
export type TInterop = z.output<typeof ZInterop>;

type TShape = Readonly<{
  levels: ReadonlyArray<{ level: number }>;
  aspects: ReadonlyArray<{
    id: string;
    cells: ReadonlyArray<{ level: number }>;
    questions: ReadonlyArray<{ id: string; options: ReadonlyArray<{ level: number }> }>;
  }>;
  translations?: TTranslations;
  interop?: TInterop;
}>;

type TIssueSink = { addIssue: (issue: { code: "custom"; path: PropertyKey[]; message: string }) => void };

/** Translations and interop may only name levels, aspects, cells, questions and options that exist. */
export function checkTranslations(model: TShape, ctx: TIssueSink) {
  const levels = new Set(model.levels.map((l) => String(l.level)));
  const unknown = (path: PropertyKey[], what: string, key: string) =>
    ctx.addIssue({
      code: "custom",
      path,
      message: `unknown ${what} "${key}": translations can only name what the model has`,
    });
  for (const [locale, text] of Object.entries(model.translations ?? {})) {
    const base = ["translations", locale];
    for (const key of Object.keys(text.levels ?? {}))
      if (!levels.has(key)) unknown([...base, "levels", key], "level", key);
    for (const [aspectId, aspectText] of Object.entries(text.aspects ?? {})) {
      const aspect = model.aspects.find((a) => a.id === aspectId);
      if (!aspect) {
        unknown([...base, "aspects", aspectId], "aspect", aspectId);
        continue;
      }
      const at = [...base, "aspects", aspectId];
      for (const key of Object.keys(aspectText.cells ?? {})) {
        if (!aspect.cells.some((c) => String(c.level) === key)) unknown([...at, "cells", key], "cell", key);
      }
      for (const [questionId, questionText] of Object.entries(aspectText.questions ?? {})) {
        const question = aspect.questions.find((q) => q.id === questionId);
        if (!question) {
          unknown([...at, "questions", questionId], "question", questionId);
          continue;
        }
        for (const key of Object.keys(questionText.options ?? {})) {
          if (!question.options.some((o) => String(o.level) === key))
            unknown([...at, "questions", questionId, "options", key], "option", key);
        }
      }
    }
  }
  const questionIds = new Set(model.aspects.flatMap((a) => a.questions.map((q) => q.id)));
  for (const questionId of Object.keys(model.interop?.pemm.fields ?? {})) {
    if (!questionIds.has(questionId))
      unknown(["interop", "pemm", "fields", questionId], "question", questionId);
  }
}
