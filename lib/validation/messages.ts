/**
 * Validation messages of forms in the reader's language. A form schema names a message of the
 * "validation" catalogue (messages/<locale>/validation.json) with `formMessage("required")`; the
 * action wrapper (lib/action.ts) translates it, with the issue's `min`/`max` as ICU values. Messages
 * zod writes itself (no custom message) come out in the reader's language through zod's own locales.
 * The public API (/api/v1) answers in English and must not use `formMessage`. Pure.
 */
import { z } from "zod";
import type validation from "@/messages/en/validation.json";
import { NUL_MESSAGE } from "./text";

export type TValidationKey = keyof typeof validation;

const PREFIX = "validation.";

/** A schema message that the action wrapper translates: `z.string().min(1, formMessage("required"))`. */
export const formMessage = (key: TValidationKey) => `${PREFIX}${key}`;

/** zod's built-in messages per UI language (zod ships de, es, ja, pt and zh-CN). */
const ZOD_LOCALES = {
  de: z.locales.de,
  es: z.locales.es,
  zh: z.locales.zhCN,
  "pt-BR": z.locales.pt,
  ja: z.locales.ja,
} as const satisfies Record<string, () => { localeError: z.core.$ZodErrorMap }>;

/** The error map for `safeParse(data, { error })` in `locale`; undefined for English (zod's default). */
export function zodErrorMap(locale: string): z.core.$ZodErrorMap | undefined {
  const make = ZOD_LOCALES[locale as keyof typeof ZOD_LOCALES];
  return make ? make().localeError : undefined;
}

type TTranslate = (key: TValidationKey, values?: Record<string, string | number>) => string;

const numberOf = (value: unknown) =>
  typeof value === "number" ? value : typeof value === "bigint" ? Number(value) : undefined;

/** One issue's message for the reader: a `formMessage` key or the shared NUL message translated, else as is. */
export function localizeIssue(issue: z.core.$ZodIssue, t: TTranslate, has: (key: string) => boolean): string {
  const { message } = issue;
  if (message === NUL_MESSAGE) return t("noNul");
  if (!message.startsWith(PREFIX)) return message;
  const key = message.slice(PREFIX.length);
  if (!has(key)) return message;
  const bounds = issue as { minimum?: unknown; maximum?: unknown };
  const values: Record<string, number> = {};
  const min = numberOf(bounds.minimum);
  const max = numberOf(bounds.maximum);
  if (min !== undefined) values.min = min;
  if (max !== undefined) values.max = max;
  return t(key as TValidationKey, values);
}
