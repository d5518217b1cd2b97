/**
 * Server actions whose refusals read in the reader's language: the wrapped action's error message and
 * field errors go through ./known-errors (texts it does not know stay as they are).
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { defineFormAction, type ActionResult } from "@/lib/action";
import { translateError, type TKnownErrorRule } from "./known-errors";

type TErrorsNamespace = "workshops.errors" | "respondents.errors";

/** `defineFormAction` whose refusals are translated with `rules` into `namespace`. */
export function localizedFormAction(namespace: TErrorsNamespace, rules: readonly TKnownErrorRule[]) {
  return <S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<T>) => {
    const action = defineFormAction(schema, handler);
    return async (prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
      const result = await action(prev, formData);
      if (result.ok) return result;
      const t = await getTranslations(namespace);
      const tr = (message: string) => translateError(message, rules, t);
      return {
        ...result,
        message: tr(result.message),
        ...(result.fieldErrors
          ? {
              fieldErrors: Object.fromEntries(
                Object.entries(result.fieldErrors).map(([field, messages]) => [field, messages.map(tr)]),
              ),
            }
          : {}),
      };
    };
  };
}
