import clsx from "clsx";
import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/i18n/actions";
import { LOCALES, LOCALE_NAMES, type TLocale } from "@/i18n/locales";

/**
 * The UI language switch: a plain form with one button per language, so it works with the keyboard,
 * without JavaScript and signed out. Each button shows its short code and is named by it plus the
 * language's own name ("DE Deutsch"), so what is seen is part of what is announced.
 *
 * `compact` (the signed-in top bar, where six languages would push the bar onto a second line at laptop
 * width): a native disclosure whose button shows the current language's code; it opens the same form,
 * with each language's own name written out.
 */
export async function LanguageSwitch({
  className,
  compact = false,
}: Readonly<{ className?: string; compact?: boolean }>) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  const form = (
    <form action={setLocaleAction} className={compact ? undefined : clsx("flex items-center", className)}>
      <fieldset className={compact ? "flex flex-col gap-0.5" : "flex items-center gap-0.5"}>
        <legend className="sr-only">{t("language")}</legend>
        {LOCALES.map((code) => (
          <LanguageButton key={code} code={code} current={code === locale} spelledOut={compact} />
        ))}
      </fieldset>
    </form>
  );
  if (!compact) return form;
  return (
    <details className={clsx("relative", className)}>
      <summary className="flex cursor-pointer list-none items-center gap-1 whitespace-nowrap rounded px-2 py-1 text-xs font-semibold text-slate-700 hover:bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600 [&::-webkit-details-marker]:hidden">
        <span lang={locale}>{LOCALE_NAMES[locale as TLocale]?.short ?? locale}</span>
        <span className="sr-only"> {t("language")}</span>
        <span aria-hidden="true">▾</span>
      </summary>
      <div className="absolute right-0 top-full z-30 mt-1 w-48 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
        {form}
      </div>
    </details>
  );
}

function LanguageButton({
  code,
  current,
  spelledOut,
}: Readonly<{ code: TLocale; current: boolean; spelledOut: boolean }>) {
  const { short, name } = LOCALE_NAMES[code];
  return (
    <button
      type="submit"
      name="locale"
      value={code}
      lang={code}
      aria-pressed={current}
      title={name}
      className={clsx(
        "whitespace-nowrap rounded px-1.5 py-1 text-xs font-semibold focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600",
        spelledOut && "flex w-full items-center gap-2 px-2 py-1.5 text-left text-sm",
        current ? "bg-brand-50 text-brand-800 underline" : "text-slate-600 hover:bg-slate-100",
      )}
    >
      {spelledOut ? (
        <>
          <span className="w-12 shrink-0 text-xs">{short}</span>
          {short !== name && <span className="font-normal">{name}</span>}
        </>
      ) : (
        <>
          {short}
          {short !== name && <span className="sr-only"> {name}</span>}
        </>
      )}
    </button>
  );
}
