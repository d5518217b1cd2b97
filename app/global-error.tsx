"use client";

import { LOCALE_COOKIE, negotiateLocale, type TLocale } from "@/i18n/locales";
import de from "@/messages/de/errors.json";
import en from "@/messages/en/errors.json";
import es from "@/messages/es/errors.json";
import ja from "@/messages/ja/errors.json";
import ptBR from "@/messages/pt-BR/errors.json";
import zh from "@/messages/zh/errors.json";

// The root layout (and with it the message provider) failed, so this page brings its own few texts.
const TEXTS: Record<TLocale, Partial<typeof en>> = { en, de, es, zh, "pt-BR": ptBR, ja };

/** The language from the NEXT_LOCALE cookie or the browser's languages; English while rendering on the server. */
function browserLocale(): TLocale {
  if (typeof document === "undefined") return "en";
  const cookie = document.cookie.match(new RegExp(`(?:^|; )${LOCALE_COOKIE}=([^;]*)`))?.[1];
  return negotiateLocale(cookie, navigator.languages.join(","));
}

// Last resort when the root layout itself fails: it must render its own <html> and <body>.
export default function GlobalError({
  reset,
}: Readonly<{ error: Error & { digest?: string }; reset: () => void }>) {
  const locale = browserLocale();
  const text = { ...en, ...TEXTS[locale] };
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <h1>{text.troubleTitle}</h1>
        <p>{text.troubleText}</p>
        <button type="button" onClick={reset}>
          {text.tryAgain}
        </button>
      </body>
    </html>
  );
}
