/**
 * The question-file format of the CNCF community self-assessment
 * (github.com/Cloud-Native-Platform-Engineering/pemm-assessment, data/questions-<lang>.yaml):
 *
 *   metadata: { title, language, intro?, content_version?, model_version?, model_url?, …UI strings }
 *   categories:
 *     - id: investment          # becomes the URL prefix: investment_1, investment_2, …
 *       name: Investment
 *       order: 1
 *       questions:
 *         - id: 1
 *           text: <question>
 *           field_name: investment_1      # the URL parameter that holds the answer
 *           options:
 *             - { value: 1, level: <short label>, description: <longer text> }   # value = score 1–4
 *
 * The tool (assets/app.js) scores a category as the mean of the values of every answered parameter
 * whose name starts with `<category id>_`, so a field_name must carry its category's prefix.
 * Pure: zod schema only; conversion lives in ./pemm-import.ts.
 */
import { z } from "zod";
import { ZLocaleTag } from "@/lib/model/translations";

export const PEMM_MIN_SCORE = 1;
export const PEMM_MAX_SCORE = 4;

const ZText = (max: number) =>
  z
    .string({ error: "must be text" })
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`);
const required = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `missing: ${what}` : undefined;

const ZPemmOption = z.object({
  value: z
    .number({ error: required("every option needs a `value` (its score, 1–4)") })
    .int("must be a whole number")
    .min(PEMM_MIN_SCORE, `score ${PEMM_MIN_SCORE}–${PEMM_MAX_SCORE} expected`)
    .max(
      PEMM_MAX_SCORE,
      `out of range: option values are scores from ${PEMM_MIN_SCORE} to ${PEMM_MAX_SCORE}`,
    ),
  level: ZText(120),
  description: ZText(600).optional(),
});

const ZPemmQuestion = z.object({
  id: z.union([z.number().int(), z.string().min(1)], { error: required("every question needs an `id`") }),
  text: ZText(300),
  field_name: z
    .string({ error: required("every question needs a `field_name` (its URL parameter)") })
    .regex(
      /^[A-Za-z0-9]+(?:[_.-][A-Za-z0-9]+)*$/,
      "use letters, digits and single underscores, e.g. investment_1",
    ),
  options: z
    .array(ZPemmOption, { error: required("every question needs `options`") })
    .min(2, "a question needs at least two options"),
});

const ZPemmCategory = z.object({
  id: z
    .string({ error: required("every category needs an `id`") })
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      "use lower-case letters, digits and single hyphens, e.g. investment",
    ),
  name: ZText(60),
  order: z.number().int().optional(),
  questions: z
    .array(ZPemmQuestion, { error: required("every category needs `questions`") })
    .min(1, "a category needs at least one question"),
});

const ZVersionText = z.union([z.string(), z.number()]).transform(String);

export const ZPemmFile = z
  .object({
    metadata: z
      .object(
        {
          title: ZText(120),
          language: ZLocaleTag.optional(),
          intro: z.string().optional(),
          content_version: ZVersionText.optional(),
          model_version: ZVersionText.optional(),
          model_url: z.url().optional(),
        },
        { error: required("the file needs a `metadata` block with a `title`") },
      )
      .loose(),
    categories: z
      .array(ZPemmCategory, { error: required("the file needs `categories`") })
      .min(1, "add at least one category"),
  })
  .superRefine((file, ctx) => {
    const categoryIds = new Set<string>();
    const fields = new Set<string>();
    file.categories.forEach((category, c) => {
      const at = ["categories", c] as const;
      if (categoryIds.has(category.id))
        ctx.addIssue({
          code: "custom",
          path: [...at, "id"],
          message: `duplicate category id "${category.id}"`,
        });
      categoryIds.add(category.id);
      const questionIds = new Set<string>();
      category.questions.forEach((question, q) => {
        const qat = [...at, "questions", q] as const;
        if (questionIds.has(String(question.id)))
          ctx.addIssue({
            code: "custom",
            path: [...qat, "id"],
            message: `duplicate question id ${question.id} in category "${category.id}"`,
          });
        questionIds.add(String(question.id));
        const key = question.field_name.toLowerCase();
        if (fields.has(key))
          ctx.addIssue({
            code: "custom",
            path: [...qat, "field_name"],
            message: `duplicate field_name "${question.field_name}"`,
          });
        fields.add(key);
        if (!question.field_name.startsWith(`${category.id}_`)) {
          ctx.addIssue({
            code: "custom",
            path: [...qat, "field_name"],
            message: `must start with "${category.id}_": the assessment counts an answer towards the category its field_name starts with`,
          });
        }
        const values = new Set<number>();
        question.options.forEach((option, o) => {
          if (values.has(option.value))
            ctx.addIssue({
              code: "custom",
              path: [...qat, "options", o, "value"],
              message: `duplicate option value ${option.value} in "${question.field_name}"`,
            });
          values.add(option.value);
        });
      });
    });
  });

export type TPemmFile = z.output<typeof ZPemmFile>;
export type TPemmCategory = TPemmFile["categories"][number];

/** The shared-link contract of two language files: category ids and order, field names, option values. */
export function pemmStructure(file: TPemmFile) {
  return sortedCategories(file).map((c) => ({
    id: c.id,
    questions: c.questions.map((q) => ({ field: q.field_name, values: q.options.map((o) => o.value) })),
  }));
}

/** Categories in the tool's page order (`order`, then file order). */
export function sortedCategories(file: TPemmFile): TPemmCategory[] {
  return file.categories
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.order ?? a.i) - (b.c.order ?? b.i) || a.i - b.i)
    .map((x) => x.c);
}
