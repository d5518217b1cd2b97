/**
 * One wrapper in front of every server action: zod-parse the form, run the handler, and turn the
 * outcome into an ActionResult for useActionState. Expected failures (AppError) become messages;
 * anything else is logged once and shown as a generic error. The wrapper's own messages, zod's
 * built-in ones and schema messages made with `formMessage` (lib/validation/messages.ts) are in the
 * reader's language.
 */
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { AppError, isRejectedInputError, type TAppErrorCode } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { requestLocale, validationTranslator } from "@/i18n/translator";
import { localizeIssue, zodErrorMap } from "@/lib/validation/messages";
import { containsNul } from "@/lib/validation/text";

export type ActionResult<T = unknown> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      code: TAppErrorCode | "INTERNAL";
      message: string;
      fieldErrors?: Record<string, string[]>;
      /** What was submitted (text fields, never passwords): forms re-fill from it, so a refusal loses nothing typed. */
      values?: Record<string, string>;
    };

/** A server action made by defineFormAction, as a component receives it in its props. */
export type TFormAction<T = unknown> = (
  prev: ActionResult<T> | null,
  formData: FormData,
) => Promise<ActionResult<T>>;

export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue> {
  const out: Record<string, FormDataEntryValue> = {};
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("$ACTION")) out[key] = value; // drop React's internal action fields
  }
  return out;
}

/** The wrapper's own texts, English unless the action passes the reader's ones. */
type TWrapperTexts = Readonly<{ unexpected: string; rejectedCharacters: string }>;
const ENGLISH: TWrapperTexts = {
  unexpected: "Something went wrong. Please try again.",
  rejectedCharacters: "The form contains characters that cannot be stored.",
};

export function toActionError(
  err: unknown,
  texts: TWrapperTexts = ENGLISH,
): Extract<ActionResult, { ok: false }> {
  unstable_rethrow(err); // let redirect()/notFound() through
  if (err instanceof AppError)
    return { ok: false, code: err.code, message: err.message, fieldErrors: err.fieldErrors };
  if (isRejectedInputError(err))
    return {
      ok: false,
      code: "INVALID_INPUT",
      message: texts.rejectedCharacters,
    };
  logger.error({ err }, "unhandled server action error");
  return { ok: false, code: "INTERNAL", message: texts.unexpected };
}

/** The submitted text fields, for re-filling a refused form (passwords are never echoed). */
export function submittedValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !/password/i.test(key)) out[key] = value;
  }
  return out;
}

/** A handler's `{ message }` is what the form shows on success (FormMessage reads `result.message`). */
function successMessage(data: unknown): { message?: string } {
  if (typeof data !== "object" || data === null || !("message" in data)) return {};
  return typeof data.message === "string" ? { message: data.message } : {};
}

export function defineFormAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>) => Promise<T>,
) {
  return async (_prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const fields = formDataToObject(formData);
    const locale = await requestLocale();
    const { t, has } = await validationTranslator(locale);
    if (containsNul(fields))
      return {
        ok: false,
        code: "INVALID_INPUT",
        message: t("formNul"),
        values: submittedValues(formData),
      };
    const errorMap = zodErrorMap(locale);
    const parsed = schema.safeParse(fields, errorMap ? { error: errorMap } : undefined);
    if (!parsed.success) {
      const { fieldErrors, formErrors } = z.flattenError(parsed.error, (issue) =>
        localizeIssue(issue, t, has),
      );
      return {
        ok: false,
        code: "INVALID_INPUT",
        message: formErrors[0] ?? t("fixFields"),
        fieldErrors: fieldErrors as Record<string, string[]>,
        values: submittedValues(formData),
      };
    }
    try {
      const data = await handler(parsed.data);
      return { ok: true, data, ...successMessage(data) };
    } catch (err) {
      const texts = { unexpected: t("unexpected"), rejectedCharacters: t("rejectedCharacters") };
      return { ...toActionError(err, texts), values: submittedValues(formData) };
    }
  };
}
