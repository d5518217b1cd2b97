import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import {
  CSV_COLUMNS,
  CSV_HEADER_KEYS,
  exportFileName,
  parsePlanCsv,
  planCsvRows,
  toCsv,
  type TCsvHeaders,
} from "@/lib/plans/csv";
import { ENGLISH_MD_TEXT, mdEscape, planToMarkdown } from "@/lib/plans/markdown";
import type { TPlanIteration, TPlanStep } from "@/lib/plans/types";

const step = (over: Partial<TPlanStep>): TPlanStep => ({
  id: "s1",
  title: "Name owners",
  aspectId: "investment",
  level: 2,
  characteristic: "Dedicated team",
  suggestionKey: null,
  notes: "",
  ownerId: null,
  ownerName: null,
  ownerEmail: null,
  dueOn: null,
  status: "TODO",
  position: 1,
  iterationId: null,
  completedAt: null,
  carriedFromId: null,
  outcomeId: null,
  outcomeName: null,
  version: 1,
  updatedAt: "2026-01-01T00:00:00.000Z",
  ...over,
});
const iterations: TPlanIteration[] = [
  {
    id: "i1",
    name: "Q1 2026",
    startsOn: "2026-01-01",
    endsOn: "2026-03-31",
    status: "CLOSED",
    baselineAssessmentId: null,
    closingAssessmentId: null,
    closedAt: null,
    version: 2,
  },
];
const names = { aspects: { investment: "Investment" }, levels: { 2: "Operational" } };

describe("CSV export", () => {
  it("round-trips awkward values: commas, quotes, newlines, formulas, non-ASCII", () => {
    const steps = [
      step({
        id: "b",
        position: 2,
        title: '=HYPERLINK("x")',
        notes: 'line 1\nline 2, with "quotes"',
        ownerName: "Zoë Ørsted",
        ownerEmail: "z@x.test",
        dueOn: "2026-02-01",
        status: "DONE",
        iterationId: "i1",
      }),
      step({ id: "a", position: 1, title: "-1 step, first", notes: "@mention" }),
    ];
    const csv = toCsv(planCsvRows(steps, iterations, names));
    expect(csv.split("\r\n")[0]).toBe(
      "Title,Aspect,Level,Characteristic,Owner,Owner email,Due date,Status,Iteration,Priority,Notes,Step ID",
    );
    expect(csv).toContain("'=HYPERLINK"); // a spreadsheet would otherwise run it
    const { rows, errors } = parsePlanCsv(csv);
    expect(errors).toEqual([]);
    expect(rows).toEqual(planCsvRows(steps, iterations, names));
    expect(rows.map((r) => [r.Priority, r.Title, r.Status, r.Iteration])).toEqual([
      ["1", "-1 step, first", "To do", ""],
      ["2", '=HYPERLINK("x")', "Done", "Q1 2026"],
    ]);
  });

  it("writes the headers in the reader's language, in the same column order, and reads them back", () => {
    const messages = JSON.parse(readFileSync("messages/de/exports.json", "utf8"));
    const t = createTranslator({ locale: "de", messages, namespace: "plan.csv" });
    const headers = Object.fromEntries(
      CSV_COLUMNS.map((c) => [c, t(CSV_HEADER_KEYS[c])]),
    ) as unknown as TCsvHeaders;
    const status = { TODO: "Offen", DOING: "In Arbeit", DONE: "Erledigt", DROPPED: "Verworfen" };
    const rows = planCsvRows([step({ status: "DOING" })], iterations, names, status);
    const csv = toCsv(rows, headers);
    expect(csv.split("\r\n")[0]).toBe(
      "Titel,Aspekt,Stufe,Merkmal,Verantwortlich,E-Mail der verantwortlichen Person,Fälligkeitsdatum,Status,Iteration,Priorität,Notizen,Schritt-ID",
    );
    expect(csv.split("\r\n")[1]).toContain(",In Arbeit,");
    expect(parsePlanCsv(csv, headers).rows).toEqual(rows);
  });

  it("names the file after the team and the date, ASCII only", () => {
    expect(exportFileName("Data Platform / Zoë", "2026-05-04", "csv")).toBe(
      "data-platform-zoe-plan-2026-05-04.csv",
    );
    expect(exportFileName("???", "2026-05-04", "md")).toBe("team-plan-2026-05-04.md");
  });
});

describe("Markdown export", () => {
  it("groups steps by iteration as a task list and escapes Markdown", () => {
    const md = planToMarkdown({
      title: "Scale *up*",
      teamName: "Checkout",
      goal: "Goal | with pipe",
      generatedOn: "2026-05-04",
      aspects: names.aspects,
      iterations,
      steps: [
        step({ iterationId: "i1", status: "DONE", ownerName: "Ada", dueOn: "2026-02-01" }),
        step({ id: "s2", position: 2, title: "Dropped one", status: "DROPPED" }),
        step({ id: "s3", position: 3, title: "Backlog [x]", notes: "n" }),
      ],
    });
    expect(md).toContain("# Plan: Scale \\*up\\*");
    expect(md).toContain("> Goal \\| with pipe");
    expect(md).toContain("## Q1 2026 (2026-01-01 – 2026-03-31, closed, 1/1 done)");
    expect(md).toContain("- [x] **Name owners** (Investment → L2 · Done · owner: Ada · due 2026-02-01)");
    expect(md).toContain("- [ ] **~~Dropped one~~**");
    expect(md).toContain("## Not in an iteration");
    expect(md).toContain("Backlog \\[x\\]");
    expect(md).toContain("  - Notes: n");
  });

  it("uses the wording it is given (the reader's language)", () => {
    const md = planToMarkdown(
      {
        title: "T",
        teamName: "Checkout",
        goal: "G",
        generatedOn: "2026-05-04",
        aspects: names.aspects,
        iterations: [],
        steps: [step({ ownerName: "Ada" })],
      },
      {
        ...ENGLISH_MD_TEXT,
        title: (t) => `Plan: ${t}!`,
        owner: (n) => `verantwortlich: ${n}`,
        backlog: "Ohne",
      },
    );
    expect(md).toContain("# Plan: T!");
    expect(md).toContain("verantwortlich: Ada");
    expect(md).toContain("## Ohne");
  });

  it("mdEscape flattens newlines", () => {
    expect(mdEscape("a\n  b_c")).toBe("a b\\_c");
  });
});
