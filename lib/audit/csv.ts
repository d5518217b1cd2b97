/**
 * The audit log as CSV (one row per event, newest first). Cells that a spreadsheet would run as a
 * formula (starting with = + - @ tab or CR) are prefixed with ' by papaparse's escapeFormulae.
 */
import Papa from "papaparse";
import { isoDay } from "@/lib/dates";

export const AUDIT_CSV_COLUMNS = [
  "occurred_at",
  "actor",
  "actor_user_id",
  "action",
  "target_type",
  "target_id",
  "target_label",
  "ip",
  "user_agent",
  "request_id",
  "details",
] as const;

export const FORMULA_START = /^[=+\-@\t\r]/;

export type TAuditCsvRow = Readonly<{
  occurredAt: Date;
  actorLabel: string;
  actorUserId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: unknown;
}>;

export function auditCsv(rows: readonly TAuditCsvRow[]): string {
  return Papa.unparse(
    {
      fields: [...AUDIT_CSV_COLUMNS],
      data: rows.map((r) => [
        r.occurredAt.toISOString(),
        r.actorLabel,
        r.actorUserId ?? "",
        r.action,
        r.targetType ?? "",
        r.targetId ?? "",
        r.targetLabel ?? "",
        r.ip ?? "",
        r.userAgent ?? "",
        r.requestId ?? "",
        JSON.stringify(r.details ?? {}),
      ]),
    },
    { escapeFormulae: FORMULA_START, newline: "\r\n" },
  );
}

/** `audit-<org>-<yyyy-mm-dd>.csv` with only safe characters. */
export function auditCsvFileName(orgSlug: string, today: Date): string {
  return `audit-${orgSlug.replace(/[^a-z0-9-]/gi, "")}-${isoDay(today)}.csv`;
}
