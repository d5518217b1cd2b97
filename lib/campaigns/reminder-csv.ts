/**
 * The reminder list as CSV (pure): one row per lead of each team due a reminder today, for a
 * facilitator who sends the reminders by hand when the app has no mail sender. Cells a spreadsheet
 * would run as a formula are prefixed with ' (papaparse's escapeFormulae, as in the audit CSV).
 */
import Papa from "papaparse";
import { FORMULA_START } from "@/lib/audit/csv";

export const REMINDER_CSV_COLUMNS = ["team", "reason", "due_on", "lead_name", "lead_email", "link"] as const;

export type TReminderCsvTeam = Readonly<{
  teamName: string;
  reminder: "DUE_SOON" | "OVERDUE";
  link: string;
  leads: ReadonlyArray<Readonly<{ name: string | null; email: string }>>;
}>;

export function reminderCsv(dueOn: string, teams: readonly TReminderCsvTeam[]): string {
  return Papa.unparse(
    {
      fields: [...REMINDER_CSV_COLUMNS],
      data: teams.flatMap((team) =>
        team.leads.map((lead) => [
          team.teamName,
          team.reminder === "OVERDUE" ? "overdue" : "due soon",
          dueOn,
          lead.name ?? "",
          lead.email,
          team.link,
        ]),
      ),
    },
    { escapeFormulae: FORMULA_START, newline: "\r\n" },
  );
}

/** `reminders-<campaign title>-<yyyy-mm-dd>.csv` with only safe characters. */
export function reminderCsvFileName(title: string, today: string): string {
  const slug =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "campaign";
  return `reminders-${slug}-${today}.csv`;
}
