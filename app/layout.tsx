import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
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
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
