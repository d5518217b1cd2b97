/**
 * Translators for code outside a request (API, PDF data, mail jobs), in a given language with English
 * filling gaps (./messages.ts).
 */
import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, type TLocale } from "./locales";
import type { TMailTranslator } from "@/lib/mail/templates";
import { loadMessages } from "./messages";

/** A translator of the explanations namespace, for `renderMessage` (./render.ts). */
export async function explanationTranslator(locale: TLocale = DEFAULT_LOCALE) {
  return createTranslator({
    locale,
    messages: await loadMessages(locale),
    namespace: "explanations",
    timeZone: "UTC",
  });
}

/**
 * A translator of the "emails" namespace for lib/mail/templates.ts: dates are formatted in UTC, like
 * every date the app shows (i18n/request.ts).
 */
export async function mailTranslator(locale: TLocale = DEFAULT_LOCALE): Promise<TMailTranslator> {
  const t = createTranslator({
    locale,
    messages: await loadMessages(locale),
    namespace: "emails",
    timeZone: "UTC",
  });
  const translate = t as unknown as (
    key: string,
    values?: Readonly<Record<string, string | number | Date>>,
  ) => string;
  return Object.assign(
    (key: string, values?: Readonly<Record<string, string | number | Date>>) => translate(key, values),
    { locale },
  );
}
