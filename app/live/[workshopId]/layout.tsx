import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshops");
  return { title: t("live.metaTitle"), robots: { index: false, follow: false } };
}

/** Workshop pages stand alone: guests see this workshop and nothing else of the organization. */
export default async function WorkshopLayout({ children }: Readonly<{ children: ReactNode }>) {
  const t = await getTranslations("workshops");
  return (
    <>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-3xl items-center gap-2 px-4 py-3">
          <span className="text-lg font-bold tracking-tight text-brand-700">Stepwise</span>
          <span className="text-sm text-slate-600">· {t("live.tagline")}</span>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-5 sm:py-8">
        {children}
      </main>
    </>
  );
}
