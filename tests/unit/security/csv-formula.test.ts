import { describe, expect, it } from "vitest";
import { parsePlanCsv, toCsv, type TCsvRow, CSV_COLUMNS } from "@/lib/plans/csv";

const row = (over: Partial<TCsvRow>): TCsvRow =>
  ({ ...Object.fromEntries(CSV_COLUMNS.map((c) => [c, ""])), ...over }) as TCsvRow;

describe("CSV formula injection (issue 12 #4)", () => {
  it.each([
    ['=HYPERLINK("https://evil.example","x")\nsecond line', "Notes"],
    ["+cmd|' /C calc'!A0\r\nmore", "Title"],
    ["-2+3\nx", "Owner"],
    ["@SUM(A1)\n", "Notes"],
    ["\t=1\nx", "Characteristic"],
    ["\r=1", "Title"],
  ] as const)("escapes multi-line cell %j in %s", (value, column) => {
    const csv = toCsv([row({ [column]: value })]);
    const parsed = Papa_cells(csv)[1]!;
    const cell = parsed[CSV_COLUMNS.indexOf(column)]!;
    // A spreadsheet sees text: the cell starts with the ' guard, never with a formula trigger.
    expect(cell.startsWith("'")).toBe(true);
    // parsePlanCsv undoes the guard, so the round trip is exact.
    expect(parsePlanCsv(csv).rows[0]![column]).toBe(value);
  });

  it("leaves ordinary values alone", () => {
    const csv = toCsv([row({ Title: "Plain\n=not at start", Notes: "a-b" })]);
    expect(Papa_cells(csv)[1]![0]).toBe("Plain\n=not at start");
  });
});

/** Minimal RFC 4180 reader (independent of papaparse) returning the raw cells. */
function Papa_cells(csv: string): string[][] {
  const rows: string[][] = [[]];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      rows.at(-1)!.push(cell);
      cell = "";
    } else if (ch === "\r" && csv[i + 1] === "\n") {
      rows.at(-1)!.push(cell);
      cell = "";
      rows.push([]);
      i += 1;
    } else cell += ch;
  }
  rows.at(-1)!.push(cell);
  return rows;
}
