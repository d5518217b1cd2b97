import clsx from "clsx";
import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/i18n/actions";
import { LOCALES, LOCALE_NAMES } from "@/i18n/locales";

/**
 * The UI language switch: a plain form with one button per language, so it works with the keyboard,
 * without JavaScript and signed out. Each button shows its short code and is named by it plus the
 * language's own name ("DE Deutsch"), so what is seen is part of what is announced.
 */
export async function LanguageSwitch({ className }: Readonly<{ className?: string }>) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <form action={setLocaleAction} className={clsx("flex items-center", className)}>
      <fieldset className="flex items-center gap-0.5">
        <legend className="sr-only">{t("language")}</legend>
        {LOCALES.map((code) => (
          <button
            key={code}
            type="submit"
            name="locale"
            value={code}
            lang={code}
            aria-pressed={code === locale}
            title={LOCALE_NAMES[code].name}
            className={clsx(
              "whitespace-nowrap rounded px-1.5 py-1 text-xs font-semibold focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600",
              code === locale ? "bg-brand-50 text-brand-800 underline" : "text-slate-600 hover:bg-slate-100",
            )}
          >
            {LOCALE_NAMES[code].short}
            {LOCALE_NAMES[code].short !== LOCALE_NAMES[code].name && (
              <span className="sr-only"> {LOCALE_NAMES[code].name}</span>
            )}
          </button>
        ))}
      </fieldset>
    </form>
  );
}
