"use server";

import { cookies } from "next/headers";
import { getSessionUserId } from "@/lib/auth";
import { setUserLocale } from "@/lib/data/users";
import { LOCALE_COOKIE, isLocale } from "./locales";

/**
 * The language switch: remembers the choice for a year; the page re-renders in that language. A
 * signed-in person's choice is also stored on the account, so mails to them use it.
 */
export async function setLocaleAction(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const userId = await getSessionUserId();
  if (userId) await setUserLocale(userId, locale);
}
