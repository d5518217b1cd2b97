/**
 * Renders lib's message descriptors (lib/i18n/message.ts) with a next-intl translator bound to the
 * "explanations" namespace: `await getTranslations("explanations")` in server components,
 * `useTranslations("explanations")` in components, `explanationTranslator(locale)` (./translator.ts)
 * outside a request, `englishExplanations` where the text is English by contract (the public API).
 */
import { createTranslator } from "use-intl/core";
import type { TMessage, TMessageValues } from "@/lib/i18n/message";
import explanations from "@/messages/en/explanations.json";

/** Any translator of the explanations namespace (next-intl's typed and untyped ones both fit). */
export type TExplanationTranslator = (key: never, values?: never) => string;

export function renderMessage(t: TExplanationTranslator, descriptor: TMessage): string {
  const translate = t as unknown as (key: string, values?: TMessageValues) => string;
  return translate(descriptor.key, descriptor.values);
}

export const renderMessages = (t: TExplanationTranslator, descriptors: readonly TMessage[]): string[] =>
  descriptors.map((d) => renderMessage(t, d));

/** English, synchronously: for the machine-facing public API (/api/v1), whose texts stay English. */
export const englishExplanations = createTranslator({
  locale: "en",
  messages: { explanations },
  namespace: "explanations",
});
