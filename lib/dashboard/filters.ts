/**
 * Dashboard filters live in the URL (`?group=&model=<key>:<version>&from=YYYY-MM-DD&to=YYYY-MM-DD&stale=90
 * &sort=name|level&page=2&conf=medium|high`) so every view can be linked. Each parameter is parsed on its own with zod:
 * an invalid one is dropped and explained in `notes`, never an error page. Pure.
 */
import { z } from "zod";
import { CONFIDENCE_FILTERS, type TConfidenceFilter } from "./confidence-filter";

export const DEFAULT_STALE_DAYS = 90;
export const HEATMAP_PAGE_SIZE = 50;

const ZDate = z.iso.date().refine((d) => d >= "2000-01-01" && d <= "2999-12-31", "out of range");
const ZModelRef = z
  .string()
  .regex(/^([a-z0-9]+(?:-[a-z0-9]+)*):([1-9][0-9]{0,3})$/)
  .transform((s) => {
    const [key, version] = s.split(":");
    return { key: key!, version: Number(version) };
  });

const FIELDS = {
  group: z.string().trim().min(1).max(60),
  model: ZModelRef,
  from: ZDate,
  to: ZDate,
  stale: z.coerce.number().int().min(1).max(3650),
  sort: z.enum(["name", "level"]),
  page: z.coerce.number().int().min(1).max(10_000),
  conf: z.enum(CONFIDENCE_FILTERS),
} as const;

export type TDashboardFilters = Readonly<{
  group: string | null;
  model: Readonly<{ key: string; version: number }> | null;
  from: string | null;
  to: string | null;
  stale: number;
  sort: "name" | "level";
  page: number;
  /** Only results with at least this confidence count (overview); null = every result. */
  conf: TConfidenceFilter | null;
}>;

export const DEFAULT_FILTERS: TDashboardFilters = {
  group: null,
  model: null,
  from: null,
  to: null,
  stale: DEFAULT_STALE_DAYS,
  sort: "name",
  page: 1,
  conf: null,
};

const LABELS: Record<keyof typeof FIELDS, string> = {
  group: "team group",
  model: "model (expected key:version)",
  from: "from date (expected YYYY-MM-DD)",
  to: "to date (expected YYYY-MM-DD)",
  stale: "staleness days (expected 1–3650)",
  sort: "sort (name or level)",
  page: "page number",
  conf: "confidence (medium or high)",
};

type TSearchParams = Readonly<Record<string, string | string[] | undefined>>;

/** Parses URL search params into filters plus human-readable notes about ignored values. */
export function parseDashboardFilters(params: TSearchParams): {
  filters: TDashboardFilters;
  notes: string[];
} {
  const notes: string[] = [];
  const out: Record<string, unknown> = { ...DEFAULT_FILTERS };
  for (const key of Object.keys(FIELDS) as Array<keyof typeof FIELDS>) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value.trim() === "") continue; // empty form fields mean "no filter"
    const parsed = FIELDS[key].safeParse(value);
    if (parsed.success) out[key] = parsed.data;
    else notes.push(`Ignored the ${LABELS[key]}: "${value.slice(0, 40)}" is not valid.`);
  }
  if (out.from && out.to && (out.from as string) > (out.to as string)) {
    notes.push(`Ignored the date range: ${String(out.from)} is after ${String(out.to)}.`);
    out.from = null;
    out.to = null;
  }
  return { filters: out as TDashboardFilters, notes };
}

/** Query string ("" or "?…") for `filters` with `overrides`, leaving out defaults so URLs stay short. */
export function dashboardQuery(
  filters: TDashboardFilters,
  overrides: Partial<TDashboardFilters> = {},
): string {
  const f = { ...filters, ...overrides };
  const params = new URLSearchParams();
  if (f.group) params.set("group", f.group);
  if (f.model) params.set("model", `${f.model.key}:${f.model.version}`);
  if (f.from) params.set("from", f.from);
  if (f.to) params.set("to", f.to);
  if (f.stale !== DEFAULT_STALE_DAYS) params.set("stale", String(f.stale));
  if (f.sort !== "name") params.set("sort", f.sort);
  if (f.page !== 1) params.set("page", String(f.page));
  if (f.conf) params.set("conf", f.conf);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Half-open UTC instant range [from 00:00, day after `to` 00:00) for SQL. */
export function dateBounds(filters: Pick<TDashboardFilters, "from" | "to">): {
  from: Date | null;
  until: Date | null;
} {
  const from = filters.from ? new Date(`${filters.from}T00:00:00Z`) : null;
  const until = filters.to
    ? new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 24 * 3600 * 1000)
    : null;
  return { from, until };
}
