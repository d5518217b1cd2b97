/**
 * No user-visible text hard-coded in JSX: every page and component takes its words from next-intl
 * messages, so every language is complete (proper nouns: ALLOWED in ./hardcoded.ts).
 */
import { execSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findHardcodedText, isUserText } from "./hardcoded";

const root = path.resolve(__dirname, "../../..");
const files = execSync("git ls-files -co --exclude-standard -- 'app/*.tsx' 'components/*.tsx'", {
  cwd: root,
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .filter(Boolean);
// Parsing every page and component takes a few seconds on a busy machine.
describe("hard-coded text in JSX", { timeout: 60_000 }, () => {
  it("recognises text, attributes and string children, and ignores code and proper nouns", () => {
    const findings = findHardcodedText(
      "x.tsx",
      `export const A = ({ ok }: { ok: boolean }) => (
        <div title="Open the plan" data-id="abc" className="px-2">
          Save changes
          {ok ? "Yes" : "No"}
          {"PDF"} · {42} <b>CSV</b> <span aria-label={\`Level \${2}\`} />
          <input placeholder="Search" type="text" />
        </div>
      );`,
    );
    expect(findings.map((f) => f.text)).toEqual([
      "Open the plan",
      "Save changes",
      "Yes",
      "No",
      "Level",
      "Search",
    ]);
    expect(isUserText("Stepwise · CNCF")).toBe(false);
    expect(isUserText("https://example.com")).toBe(false);
    expect(isUserText("Überblick")).toBe(true);
    expect(isUserText("概览")).toBe(true);
  });

  it("finds none in any page or component", () => {
    const offenders = files.flatMap((f) =>
      findHardcodedText(path.join(root, f)).map((x) => `${f}:${x.line} ${x.text}`),
    );
    expect(offenders).toEqual([]);
  });
});
