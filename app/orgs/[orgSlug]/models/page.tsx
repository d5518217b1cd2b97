import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listModels } from "@/lib/data/models";
import { hasRole, pageGuard, requireOrg } from "@/lib/authz";
import { modelPath, orgPath } from "@/lib/paths";

export const metadata: Metadata = { title: "Models" };

export default async function ModelsPage({ params }: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const models = await listModels(ctx);
  if (models.length === 1) redirect(modelPath(orgSlug, models[0]!.key, models[0]!.version));
  const t = await getTranslations("models");
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {hasRole(ctx.role, "ADMIN") ? (
          <Link
            className="text-sm font-medium text-brand-700 underline"
            href={orgPath(orgSlug, "models", "import")}
          >
            {t("importLink")}
          </Link>
        ) : null}
      </div>
      <ul className="grid gap-3 sm:grid-cols-2">
        {models.map((m) => (
          <li key={m.id}>
            <Link
              href={modelPath(orgSlug, m.key, m.version)}
              className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600"
            >
              <span className="font-semibold">{m.title}</span>{" "}
              <span className="text-sm text-slate-600">v{m.version}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
