import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { LevelBadge } from "@/components/level-badge";
import { getModelVersion } from "@/lib/data/models";
import { localizeModel } from "@/lib/model/localize";
import { ZCellParams } from "@/lib/model/params";
import { pageGuard, requireOrg } from "@/lib/authz";
import { modelPath } from "@/lib/paths";

export const metadata: Metadata = { title: "Model cell" };

type TParams = { orgSlug: string; modelKey: string; version: string; aspectId: string; level: string };

function List({ title, items }: Readonly<{ title: string; items: string[] }>) {
  if (items.length === 0) return null;
  return (
    <Card>
      <h2 className="mb-2 font-semibold">{title}</h2>
      <ul className="list-disc space-y-1 pl-5 text-slate-800">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </Card>
  );
}

export default async function ModelCellPage({ params }: Readonly<{ params: Promise<TParams> }>) {
  const { orgSlug, ...raw } = await params;
  const parsed = ZCellParams.safeParse(raw);
  if (!parsed.success) notFound();
  const ctx = await pageGuard(requireOrg(orgSlug));
  const { model: source, version } = await pageGuard(
    getModelVersion(ctx, parsed.data.modelKey, parsed.data.version),
  );
  const [locale, t] = await Promise.all([getLocale(), getTranslations("models")]);
  const model = localizeModel(source, locale);
  const aspect = model.aspects.find((a) => a.id === parsed.data.aspectId);
  const cell = aspect?.cells.find((c) => c.level === parsed.data.level);
  if (!aspect || !cell) notFound();
  const level = model.levels.find((l) => l.level === cell.level);
  const base = modelPath(orgSlug, model.id, version);
  const prev = aspect.cells.find((c) => c.level === cell.level - 1);
  const next = aspect.cells.find((c) => c.level === cell.level + 1);
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
        <Link className="underline" href={base}>
          {model.title} v{version}
        </Link>{" "}
        / {aspect.name}
      </nav>
      <header>
        <LevelBadge level={cell.level} name={level?.name ?? null} maxLevel={model.levels.length} />
        <h1 className="mt-2 text-2xl font-semibold">
          {aspect.name}: {cell.tagline}
        </h1>
        <p className="mt-2 max-w-3xl text-slate-800">{cell.description}</p>
      </header>
      <div className="grid gap-6 md:grid-cols-2">
        <List title={t("characteristics")} items={cell.characteristics} />
        <List title={t("examples")} items={cell.examples} />
        <List title={t("babySteps", { tagline: cell.tagline })} items={cell.suggestedSteps} />
      </div>
      <div className="flex flex-wrap justify-between gap-3 text-sm">
        {prev ? (
          <Link className="font-medium text-brand-700 underline" href={`${base}/${aspect.id}/${prev.level}`}>
            ← {t("levelHeading", { level: prev.level, name: prev.tagline })}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link className="font-medium text-brand-700 underline" href={`${base}/${aspect.id}/${next.level}`}>
            {t("levelHeading", { level: next.level, name: next.tagline })} →
          </Link>
        ) : null}
      </div>
    </div>
  );
}
