/**
 * Loads a language's message catalogue (messages/<locale>/<namespace>.json for every namespace in
 * ./namespaces.ts), merged over English so a missing message shows in English instead of a key.
 * Used by the request config (./request.ts) and by code that runs outside a request (mail jobs).
 */
import { DEFAULT_LOCALE, type TLocale, withFallback } from "./locales";
import { NAMESPACES, type TNamespace } from "./namespaces";

export type TMessages = Record<TNamespace, Record<string, unknown>>;

const cache = new Map<TLocale, Promise<TMessages>>();

async function loadCatalogue(locale: TLocale): Promise<TMessages> {
  const parts = await Promise.all(
    NAMESPACES.map(
      async (ns) =>
        [ns, (await import(`../messages/${locale}/${ns}.json`)).default as Record<string, unknown>] as const,
    ),
  );
  return Object.fromEntries(parts) as TMessages;
}

/** One language's messages, English filling every gap. Cached per process in production (static files). */
export function loadMessages(locale: TLocale): Promise<TMessages> {
  let entry = process.env.NODE_ENV === "production" ? cache.get(locale) : undefined;
  if (!entry) {
    entry =
      locale === DEFAULT_LOCALE
        ? loadCatalogue(locale)
        : Promise.all([loadMessages(DEFAULT_LOCALE), loadCatalogue(locale)]).then(
            ([english, own]) => withFallback(english, own) as TMessages,
          );
    cache.set(locale, entry);
  }
  return entry;
}

/** The subset of a catalogue to hand to the browser. */
export function pickNamespaces(messages: TMessages, namespaces: readonly TNamespace[]) {
  return Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]));
}
