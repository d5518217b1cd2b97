/**
 * CSV export of a plan: one row per step, RFC 4180 (comma, CRLF, quoted where needed), a header row
 * that Jira's CSV importer and spreadsheets map by name. Values that a spreadsheet would run as a
 * formula (=, +, -, @, tab, CR at the start) are prefixed with ' ; parsePlanCsv undoes that.
 *
 * The guard regex is our own: papaparse's default (`/^[=+\-@\t\r].*$/`) has no `s` flag, so `.*$`
 * fails on a value containing a newline and a multi-line `=HYPERLINK(…)` went out unescaped.
 */
import Papa from "papaparse";
import { STATUS_LABELS } from "./schemas";
import type { TPlanIteration, TPlanStep } from "./types";

export const CSV_COLUMNS = [
  "Title",
  "Aspect",
  "Level",
  "Characteristic",
  "Owner",
  "Owner email",
  "Due date",
  "Status",
  "Iteration",
  "Priority",
  "Notes",
  "Step ID",
] as const;
export type TCsvColumn = (typeof CSV_COLUMNS)[number];
export type TCsvRow = Record<TCsvColumn, string>;
/** Header text per column in the reader's language (the column order never changes); English by default. */
export type TCsvHeaders = Readonly<Record<TCsvColumn, string>>;
/** Each column's header key in messages/<locale>/exports.json (plan.csv.*). */
export const CSV_HEADER_KEYS = {
  Title: "title",
  Aspect: "aspect",
  Level: "level",
  Characteristic: "characteristic",
  Owner: "owner",
  "Owner email": "ownerEmail",
  "Due date": "dueDate",
  Status: "status",
  Iteration: "iteration",
  Priority: "priority",
  Notes: "notes",
  "Step ID": "stepId",
} as const satisfies Record<TCsvColumn, string>;

const ENGLISH_HEADERS = Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])) as TCsvHeaders;

type TNames = Readonly<{
  aspects: Readonly<Record<string, string>>;
  levels: Readonly<Record<number, string>>;
}>;

/** One CSV row per step, in priority order (Priority 1 = first). */
export function planCsvRows(
  steps: readonly TPlanStep[],
  iterations: ReadonlyArray<Pick<TPlanIteration, "id" | "name">>,
  names: TNames,
  statusLabels: Readonly<Record<TPlanStep["status"], string>> = STATUS_LABELS,
): TCsvRow[] {
  const iterationName = new Map(iterations.map((i) => [i.id, i.name]));
  return [...steps]
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
    .map((s, i) => ({
      Title: s.title,
      Aspect: names.aspects[s.aspectId] ?? s.aspectId,
      Level: `L${s.level} ${names.levels[s.level] ?? ""}`.trim(),
      Characteristic: s.characteristic,
      Owner: s.ownerName ?? "",
      "Owner email": s.ownerEmail ?? "",
      "Due date": s.dueOn ?? "",
      Status: statusLabels[s.status],
      Iteration: s.iterationId ? (iterationName.get(s.iterationId) ?? "") : "",
      Priority: String(i + 1),
      Notes: s.notes,
      "Step ID": s.id,
    }));
}

/** A cell a spreadsheet would evaluate: anchored at the start only, so multi-line values match too. */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(rows: readonly TCsvRow[], headers: TCsvHeaders = ENGLISH_HEADERS): string {
  return Papa.unparse(
    { fields: CSV_COLUMNS.map((c) => headers[c]), data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) },
    { escapeFormulae: FORMULA_START, newline: "\r\n", quotes: false },
  );
}

const ESCAPED_FORMULA = /^'([=+\-@\t\r])/;

/** Parses an exported CSV back into rows (header row by name, in the headers' language), removing the formula guard. */
export function parsePlanCsv(
  text: string,
  headers: TCsvHeaders = ENGLISH_HEADERS,
): { rows: TCsvRow[]; errors: string[] } {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const rows = parsed.data.map(
    (r) =>
      Object.fromEntries(
        CSV_COLUMNS.map((c) => [c, (r[headers[c]] ?? "").replace(ESCAPED_FORMULA, "$1")]),
      ) as TCsvRow,
  );
  return { rows, errors: parsed.errors.map((e) => `row ${e.row ?? "?"}: ${e.message}`) };
}

/** A file name like `checkout-plan-2026-05-04.csv` (ASCII only, for Content-Disposition). */
export function exportFileName(teamName: string, today: string, ext: "csv" | "md"): string {
  const slug =
    teamName
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, "-")
      .slice(0, 40) || "team";
  return `${slug}-plan-${today}.${ext}`;
}
