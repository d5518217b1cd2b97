/**
 * Translators for code outside a request (API, PDF data, mail jobs), in a given language with English
 * filling gaps (./messages.ts).
 */
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, isLocale, type TLocale } from "./locales";
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
export async function mailTranslator(
  locale: TLocale = DEFAULT_LOCALE,
  namespace: "emails" | "digest" = "emails",
): Promise<TMailTranslator> {
  const t = createTranslator({
    locale,
    messages: await loadMessages(locale),
    namespace,
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

/** The UI language of the current request; English outside a request (jobs, tests). */
export async function requestLocale(): Promise<TLocale> {
  try {
    const { getLocale } = await import("next-intl/server");
    const locale = await getLocale();
    return isLocale(locale) ? locale : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** A translator of the "validation" namespace (form errors of the action wrapper, lib/action.ts). */
export async function validationTranslator(locale: TLocale = DEFAULT_LOCALE) {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "validation" });
  return {
    t: (key: string, values?: Record<string, string | number>) =>
      (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values),
    has: (key: string) => (t as unknown as { has: (k: string) => boolean }).has(key),
  };
}
