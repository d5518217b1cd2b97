import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApiReference } from "./api-reference";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.apiReference");
  return { title: t("metaTitle") };
}

/** The /api/v1 reference, rendered from /api/v1/openapi.json; the renderer loads on this page only. */
export default async function ApiReferencePage() {
  const t = await getTranslations("admin.apiReference");
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-6">
      <header className="mb-4 space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">
          {t.rich("intro", {
            em: (chunks) => <em>{chunks}</em>,
            code: (chunks) => <code className="rounded bg-slate-100 px-1">{chunks}</code>,
            spec: (chunks) => (
              <a className="underline" href="/api/v1/openapi.json">
                {chunks}
              </a>
            ),
          })}{" "}
          <Link className="underline" href="/orgs">
            {t("back")}
          </Link>
        </p>
      </header>
      <ApiReference specUrl="/api/v1/openapi.json" loadingLabel={t("loading")} />
    </main>
  );
}
