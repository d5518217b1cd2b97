/**
 * UI languages and how the one to use is chosen: the NEXT_LOCALE cookie (set by the language switch),
 * else the best match in the browser's Accept-Language, else English. No locale in URLs: links stay
 * shareable between people who read different languages. Pure.
 */
export const LOCALES = ["en", "de", "es", "zh", "pt-BR", "ja"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Each language's own name, shown in the switch (a reader finds their language by its own name). */
export const LOCALE_NAMES: Record<TLocale, { name: string; short: string }> = {
  en: { name: "English", short: "EN" },
  de: { name: "Deutsch", short: "DE" },
  es: { name: "Español", short: "ES" },
  zh: { name: "中文", short: "中文" },
  "pt-BR": { name: "Português (Brasil)", short: "PT" },
  ja: { name: "日本語", short: "日本語" },
};

export const isLocale = (value: unknown): value is TLocale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** Accept-Language entries by descending q (`de-CH;q=0.9` → de-ch with 0.9); malformed parts are skipped. */
function acceptedLanguages(header: string): string[] {
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params
        .map((p) => p.trim())
        .find((p) => p.startsWith("q="))
        ?.slice(2);
      return {
        tag: tag.trim().toLowerCase(),
        q: q === undefined ? 1 : /^[\d.]+$/.test(q) ? Number(q) : NaN,
        index,
      };
    })
    .filter((e) => /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/.test(e.tag) && Number.isFinite(e.q) && e.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((e) => e.tag);
}

/**
 * The UI language for a request: valid cookie, else Accept-Language (exact tag, else by language:
 * `de-AT` → de, `pt-PT` → pt-BR), else English.
 */
export function negotiateLocale(
  cookie: string | undefined | null,
  acceptLanguage: string | undefined | null,
): TLocale {
  if (isLocale(cookie)) return cookie;
  for (const tag of acceptedLanguages(acceptLanguage ?? "")) {
    const exact = LOCALES.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    const language = tag.split("-")[0]!;
    const byLanguage = LOCALES.find((l) => l.split("-")[0]!.toLowerCase() === language);
    if (byLanguage) return byLanguage;
  }
  return DEFAULT_LOCALE;
}

/** Deep merge for message catalogues: every key missing in `partial` keeps the English text. */
export function withFallback<T extends Record<string, unknown>>(
  english: T,
  partial: Record<string, unknown>,
): T {
  const out: Record<string, unknown> = { ...english };
  for (const [key, value] of Object.entries(partial)) {
    const base = english[key];
    out[key] =
      value && typeof value === "object" && base && typeof base === "object"
        ? withFallback(base as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out as T;
}

/** The first valid locale among the candidates (e.g. the recipient's stored one, then the sender's), else English. */
export function mailLocale(...candidates: ReadonlyArray<string | null | undefined>): TLocale {
  return candidates.find(isLocale) ?? DEFAULT_LOCALE;
}
