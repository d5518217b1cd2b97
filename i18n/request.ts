/**
 * next-intl request configuration, without i18n routing: the locale comes from the NEXT_LOCALE
 * cookie or Accept-Language (./locales.ts); messages come from ./messages.ts (English fills gaps).
 */
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, negotiateLocale } from "./locales";
import { loadMessages } from "./messages";

export default getRequestConfig(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
