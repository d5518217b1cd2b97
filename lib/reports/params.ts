/**
 * Query parameters of the PDF report downloads (pure, zod): paper size, and for the org report the
 * overview's own filters; anything invalid is a 400 with a message naming it, never ignored silently.
 */
import { z } from "zod";
import { parseDashboardFilters, type TDashboardFilters } from "@/lib/dashboard/filters";
import { slugify } from "@/lib/slug";

export const PAPER_SIZES = ["A4", "LETTER"] as const;
export type TPaperSizeParam = (typeof PAPER_SIZES)[number];

export const ZPaperSize = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(z.enum(PAPER_SIZES, { error: 'size must be "A4" or "Letter".' }));

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

type TParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

export function parseReportSize(params: URLSearchParams): TParseResult<TPaperSizeParam> {
  const raw = params.get("size");
  if (raw === null || raw === "") return { ok: true, value: "A4" };
  const parsed = ZPaperSize.safeParse(raw);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, message: 'size must be "A4" or "Letter".' };
}

/** The overview filters of an org report URL (page and sort do not apply: the report has every team). */
export function parseOrgReportParams(
  params: URLSearchParams,
): TParseResult<{ size: TPaperSizeParam; filters: TDashboardFilters }> {
  const size = parseReportSize(params);
  if (!size.ok) return size;
  const record: Record<string, string | undefined> = {};
  for (const key of ["group", "model", "from", "to", "stale"]) record[key] = first(params.getAll(key));
  const { filters, notes } = parseDashboardFilters(record);
  if (notes.length > 0) return { ok: false, message: notes.join(" ") };
  return { ok: true, value: { size: size.value, filters: { ...filters, page: 1, sort: "name" } } };
}

/** `stepwise-<name>-<YYYY-MM-DD>-<a4|letter>.pdf`, ASCII only. */
export function reportFileName(name: string, day: string, size: TPaperSizeParam): string {
  return `stepwise-${slugify(name)}-${day}-${size.toLowerCase()}.pdf`;
}
