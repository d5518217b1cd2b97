import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { levelColours } from "@/lib/level-style";
import { getModelVersion } from "@/lib/data/models";
import { localizeModel, modelLanguages } from "@/lib/model/localize";
import { ZModelParams } from "@/lib/model/params";
import { hasRole, pageGuard, requireOrg } from "@/lib/authz";
import { modelPath, orgPath } from "@/lib/paths";
import { QuestionsList } from "./questions-list";

export const metadata: Metadata = { title: "Model" };

type TParams = { orgSlug: string; modelKey: string; version: string };

export default async function ModelGridPage({ params }: Readonly<{ params: Promise<TParams> }>) {
  const { orgSlug, ...raw } = await params;
  const parsed = ZModelParams.safeParse(raw);
  if (!parsed.success) notFound();
  const ctx = await pageGuard(requireOrg(orgSlug));
  const { model: source, version } = await pageGuard(
    getModelVersion(ctx, parsed.data.modelKey, parsed.data.version),
  );
  const [locale, t] = await Promise.all([getLocale(), getTranslations("models")]);
  const model = localizeModel(source, locale);
  const base = modelPath(orgSlug, model.id, version);
  const hasCells = model.aspects.some((a) => a.cells.length > 0);
  return (
    <div className="space-y-6">
      <header>
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 className="min-w-0 text-2xl font-semibold">
            {model.title} <span className="text-base font-normal text-slate-600">v{version}</span>
          </h1>
          {hasRole(ctx.role, "ADMIN") ? (
            <Link
              className="text-sm font-medium text-brand-700 underline"
              href={orgPath(orgSlug, "models", "import")}
            >
              {t("importLink")}
            </Link>
          ) : null}
        </div>
        <p className="mt-1 max-w-3xl text-slate-700">{model.summary}</p>
        {modelLanguages(source).length > 1 ? (
          <p className="mt-1 text-sm text-slate-600">
            {t("languages", { languages: modelLanguages(source).join(", ") })}
          </p>
        ) : null}
      </header>
      {hasCells ? null : <QuestionsList model={model} />}
      <div
        className={
          hasCells ? "hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block" : "hidden"
        }
      >
        <table className="w-full min-w-[760px] table-fixed text-sm">
          <caption className="sr-only">{t("gridCaption", { title: model.title })}</caption>
          <thead>
            <tr>
              <th scope="col" className="w-44 p-3 text-left font-medium text-slate-700">
                {t("aspect")}
              </th>
              {model.levels.map((l) => (
                <th
                  key={l.level}
                  scope="col"
                  className="p-3 text-left font-semibold"
                  style={{
                    backgroundColor: levelColours(l.level, model.levels.length).bg,
                    color: levelColours(l.level, model.levels.length).fg,
                  }}
                >
                  {t("levelHeading", { level: l.level, name: l.name })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.aspects.map((aspect) => (
              <tr key={aspect.id} className="border-t border-slate-200 align-top">
                <th scope="row" className="p-3 text-left">
                  <span className="font-semibold">{aspect.name}</span>
                  {aspect.question ? (
                    <span className="mt-1 block text-xs font-normal text-slate-600">{aspect.question}</span>
                  ) : null}
                </th>
                {aspect.cells.map((cell) => (
                  <td key={cell.level} className="p-2">
                    <Link
                      href={`${base}/${aspect.id}/${cell.level}`}
                      className="block h-full rounded-md border border-slate-200 p-3 hover:border-brand-600 hover:bg-brand-50"
                    >
                      {/* Named by what it shows, after a hidden "<aspect>, level <n>:" (WCAG 2.5.3). */}
                      <span className="sr-only">
                        {t("cellLabel", { aspect: aspect.name, level: cell.level })}{" "}
                      </span>
                      <span className="font-medium text-slate-900">{cell.tagline}</span>
                      <span className="mt-1 line-clamp-4 text-xs text-slate-700">{cell.description}</span>
                    </Link>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={hasCells ? "space-y-4 md:hidden" : "hidden"}>
        {model.aspects.map((aspect) => (
          <section
            key={aspect.id}
            aria-labelledby={`aspect-${aspect.id}`}
            className="rounded-lg border border-slate-200 bg-white p-4"
          >
            <h2 id={`aspect-${aspect.id}`} className="font-semibold">
              {aspect.name}
            </h2>
            {aspect.question ? <p className="text-xs text-slate-600">{aspect.question}</p> : null}
            <ol className="mt-3 space-y-2">
              {aspect.cells.map((cell) => (
                <li key={cell.level}>
                  <Link
                    href={`${base}/${aspect.id}/${cell.level}`}
                    className="flex items-center justify-between gap-3 rounded-md border border-slate-200 p-3 hover:border-brand-600"
                  >
                    <span>
                      <span className="block text-xs text-slate-600">
                        {t("levelHeading", {
                          level: cell.level,
                          name: model.levels[cell.level - 1]?.name ?? "",
                        })}
                      </span>
                      <span className="font-medium">{cell.tagline}</span>
                    </span>
                    <span aria-hidden="true" className="text-slate-500">
                      ›
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
      {model.source ? (
        <footer className="text-xs text-slate-600">
          {t("source")}{" "}
          <a className="underline" href={model.source.url} rel="noreferrer" target="_blank">
            {model.source.name}
          </a>
          . {model.source.licence}
          {model.source.note ? ` ${model.source.note}` : null}
        </footer>
      ) : null}
    </div>
  );
}
