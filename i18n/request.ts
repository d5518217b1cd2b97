/**
 * next-intl request configuration, without i18n routing: the locale comes from the NEXT_LOCALE
 * cookie or Accept-Language (./locales.ts). Languages other than English are merged over English,
 * so a missing message shows in English instead of breaking the page.
 */
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import english from "@/messages/en.json";
import { DEFAULT_LOCALE, LOCALE_COOKIE, negotiateLocale, withFallback } from "./locales";

export default getRequestConfig(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
  const messages =
    locale === DEFAULT_LOCALE
      ? english
      : withFallback(english, (await import(`@/messages/${locale}.json`)).default);
  return { locale, messages, timeZone: "UTC" };
});
