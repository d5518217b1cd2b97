import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import type { TDashboardFilters } from "@/lib/dashboard/filters";
import { DASHBOARD_NOTES, translateError } from "@/i18n/known-errors";

type TOption = Readonly<{ value: string; label: string }>;

const CONTROL =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-600";

/**
 * Dashboard filters as a plain GET form: applying them changes the URL, so every filtered view can be
 * bookmarked and shared, and it works without JavaScript.
 */
export function DashboardFilterForm({
  action,
  filters,
  groups,
  models,
  currentModel,
  showStale,
  showConfidence = false,
}: Readonly<{
  action: string;
  filters: TDashboardFilters;
  groups: readonly TOption[];
  models: readonly TOption[];
  currentModel: string;
  showStale: boolean;
  /** The overview's "only results with confidence ≥ x" filter. */
  showConfidence?: boolean;
}>) {
  const t = useTranslations("dashboards");
  return (
    <form
      method="get"
      action={action}
      aria-label={t("filters.label")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end xl:grid-cols-7"
    >
      <Field label={t("filters.group")} name="group">
        <select id="group" name="group" defaultValue={filters.group ?? ""} className={CONTROL}>
          <option value="">{t("filters.allTeams")}</option>
          {groups.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("filters.model")} name="model">
        <select id="model" name="model" defaultValue={currentModel} className={CONTROL}>
          {models.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("filters.from")} name="from">
        <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} className={CONTROL} />
      </Field>
      <Field label={t("filters.to")} name="to">
        <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} className={CONTROL} />
      </Field>
      {showStale ? (
        <Field label={t("filters.stale")} name="stale">
          <input
            id="stale"
            name="stale"
            type="number"
            min={1}
            max={3650}
            defaultValue={filters.stale}
            className={CONTROL}
          />
        </Field>
      ) : null}
      {showConfidence ? (
        <Field label={t("filters.confidence")} name="conf">
          <select id="conf" name="conf" defaultValue={filters.conf ?? ""} className={CONTROL}>
            <option value="">{t("filters.anyConfidence")}</option>
            <option value="medium">{t("filters.mediumOrHigh")}</option>
            <option value="high">{t("filters.highOnly")}</option>
          </select>
        </Field>
      ) : null}
      {filters.sort !== "name" ? <input type="hidden" name="sort" value={filters.sort} /> : null}
      <div className="flex flex-wrap gap-2 xl:col-span-full">
        <button type="submit" className={buttonClass("primary")}>
          {t("filters.apply")}
        </button>
        <Link href={action} className={buttonClass("ghost")}>
          {t("filters.reset")}
        </Link>
      </div>
    </form>
  );
}

function Field({ label, name, children }: Readonly<{ label: string; name: string; children: ReactNode }>) {
  return (
    <div className="min-w-0">
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
    </div>
  );
}

/** Why some URL filters were ignored; shown instead of failing. */
export function FilterNotes({ notes }: Readonly<{ notes: readonly string[] }>) {
  const tn = useTranslations("dashboards.notes");
  if (notes.length === 0) return null;
  return (
    <div role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {notes.map((n) => (
        <p key={n}>{translateError(n, DASHBOARD_NOTES, tn)}</p>
      ))}
    </div>
  );
}

export function WidgetSkeleton({ title, height = "h-72" }: Readonly<{ title: string; height?: string }>) {
  return (
    <section aria-busy="true" className="min-w-0 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 className="font-semibold">{title}</h2>
      <div className={`mt-3 ${height} animate-pulse rounded bg-slate-100`} />
    </section>
  );
}
