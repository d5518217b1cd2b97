import { describe, expect, it } from "vitest";
import { reminderCsv, reminderCsvFileName } from "@/lib/campaigns/reminder-csv";

describe("reminderCsv", () => {
  it("writes one row per lead, quotes commas and defuses formulas", () => {
    const csv = reminderCsv("2026-12-01", [
      {
        teamName: "Payments, EU",
        reminder: "OVERDUE",
        link: "https://x.test/a",
        leads: [
          { name: "=cmd()", email: "a@x.test" },
          { name: null, email: "b@x.test" },
        ],
      },
      { teamName: "No lead", reminder: "DUE_SOON", link: "https://x.test/b", leads: [] },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "team,reason,due_on,lead_name,lead_email,link",
      `"Payments, EU",overdue,2026-12-01,"'=cmd()",a@x.test,https://x.test/a`,
      `"Payments, EU",overdue,2026-12-01,,b@x.test,https://x.test/a`,
    ]);
  });

  it("names the file after the campaign with safe characters only", () => {
    expect(reminderCsvFileName('Q1 "round" / 2027', "2027-01-02")).toBe(
      "reminders-q1-round-2027-2027-01-02.csv",
    );
    expect(reminderCsvFileName("ÄÖ", "2027-01-02")).toBe("reminders-campaign-2027-01-02.csv");
  });
});
