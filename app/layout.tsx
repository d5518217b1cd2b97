import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { headers } from "next/headers";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { TMessages } from "@/i18n/messages";
import { pickNamespaces } from "@/i18n/messages";
import { CLIENT_NAMESPACES } from "@/i18n/namespaces";
import { cjkStylesheetFor } from "@/lib/fonts/cjk";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stepwise", template: "%s · Stepwise" },
  description: "Platform-maturity assessments that explain themselves, and the baby steps that follow.",
  icons: { icon: "/favicon.svg" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** The UI language (i18n/request.ts) sets `lang`, so screen readers and CJK glyph selection follow it. */
export default async function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  // Every page renders per request: proxy.ts puts a fresh CSP nonce on each, which Next.js adds to its
  // scripts. A page prerendered at build time would carry no nonce and its scripts would be blocked.
  await headers();
  const [locale, t, messages] = await Promise.all([getLocale(), getTranslations("common"), getMessages()]);
  const cjk = cjkStylesheetFor(locale);
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        {/* Chinese and Japanese pages only: CJK glyphs where the system has none (lib/fonts/cjk.ts). */}
        {cjk ? <link rel="stylesheet" href={cjk} precedence="default" /> : null}
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        {/* Only the namespaces client components use go to the browser (i18n/namespaces.ts). */}
        <NextIntlClientProvider messages={pickNamespaces(messages as TMessages, CLIENT_NAMESPACES)}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
