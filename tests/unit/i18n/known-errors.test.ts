import { readFileSync } from "node:fs";
import path from "node:path";
import { execSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  DASHBOARD_NOTES,
  knownError,
  RESPONDENT_ERRORS,
  translateError,
  WORKSHOP_ERRORS,
} from "@/i18n/known-errors";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { keys, readNamespace } from "./catalogue";

const root = path.resolve(__dirname, "../../..");
const source = execSync(
  "git ls-files -co --exclude-standard -- 'lib/*.ts' 'app/*.ts' 'app/*.tsx' 'components/*.ts' 'components/*.tsx'",
  {
    cwd: root,
    encoding: "utf8",
  },
)
  .trim()
  .split("\n")
  .filter((f) => f && !f.startsWith("i18n/"))
  .map((f) => readFileSync(path.join(root, f), "utf8"))
  .join("\n");

describe("error texts the workshop and respondent screens translate", () => {
  it("maps exact texts and texts with numbers to message keys, and leaves unknown texts alone", () => {
    expect(knownError("Voting has not started.", WORKSHOP_ERRORS)).toEqual({ key: "votingNotStarted" });
    expect(knownError("This workshop is full (40 participants).", WORKSHOP_ERRORS)).toEqual({
      key: "full",
      values: { max: 40 },
    });
    expect(knownError("Something new.", WORKSHOP_ERRORS)).toBeNull();
    const t = (key: string, values?: Record<string, unknown>) => `${key}:${JSON.stringify(values ?? {})}`;
    expect(translateError("At most 2000 characters", RESPONDENT_ERRORS, t)).toBe('tooLong:{"max":2000}');
    expect(translateError("Something new.", RESPONDENT_ERRORS, t)).toBe("Something new.");
  });

  it.each([
    ["workshops", WORKSHOP_ERRORS],
    ["respondents", RESPONDENT_ERRORS],
  ] as const)("%s: every listed text still occurs in the code, and every key has a message", (ns, rules) => {
    const messages = keys(readNamespace("en", ns));
    for (const [match, key] of rules) {
      if (typeof match === "string") expect(source, match).toContain(match);
      expect(messages, key).toContain(`errors.${key}`);
    }
  });

  it("knows every note the dashboard filters write about ignored URL values", () => {
    const { notes } = parseDashboardFilters({
      group: "x".repeat(80),
      model: "bad",
      from: "2026-13-01",
      to: "nope",
      stale: "0",
      sort: "up",
      page: "-1",
      conf: "low",
    });
    const range = parseDashboardFilters({ from: "2026-05-01", to: "2026-01-01" }).notes;
    for (const note of [...notes, ...range]) expect(knownError(note, DASHBOARD_NOTES), note).not.toBeNull();
    const messages = keys(readNamespace("en", "dashboards"));
    for (const [, key] of DASHBOARD_NOTES) expect(messages, key).toContain(`notes.${key}`);
  });
});
