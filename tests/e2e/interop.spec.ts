import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { chooseLanguage, signUpWithNewOrg, waitForAllSaved } from "./helpers";

const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "pemm");
const TOOL = "https://cloud-native-platform-engineering.github.io/pemm-assessment/";
// Investment fully answered (mean 2.50), adoption 3 of 4, interfaces 4 of 4, operations 2 of 4;
// measurement_1 is not in the question set and operations_3=6 is out of range: both must be reported.
const LINK = `${TOOL}?investment_1=1&investment_2=3&investment_3=4&investment_4=2&adoption_1=2&adoption_2=2&adoption_3=3&interfaces_1=4&interfaces_2=4&interfaces_3=4&interfaces_4=4&operations_1=1&operations_2=2&operations_3=6&measurement_1=3&v=1.2.0&view=results`;

async function choose(page: Page, aspect: string, option: RegExp) {
  await page
    .getByRole("navigation", { name: "Aspects" })
    .getByRole("button", { name: new RegExp(`^${aspect}`) })
    .click();
  await page.getByRole("radio", { name: option }).check();
}

test("an admin imports a question file; a lead imports a shared result link, completes the draft and sees the community means", async ({
  page,
  browser,
}) => {
  const { orgSlug } = await signUpWithNewOrg(page, "interop");
  const teamName = `Platform ${Date.now()}`;
  await page.goto(`/orgs/${orgSlug}/teams`);
  await page.getByLabel("Team name").fill(teamName);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("link", { name: new RegExp(teamName) })).toBeVisible();

  // Admin: a malformed file is refused with its line, then the real one is previewed and imported.
  await page.goto(`/orgs/${orgSlug}/models/import`);
  await page
    .getByLabel(/File text/)
    .fill(
      "categories:\n  - id: investment\n    name: Investment\n    questions:\n      - id: 1\n        text: Who?\n        field_name: investment_1\n        options:\n          - { value: 5, level: Too high }\n          - { value: 1, level: Low }\nmetadata:\n  title: Broken\n",
    );
  await page.getByRole("button", { name: "Check and preview" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Problems found" })).toContainText(
    "pasted text:9 categories[0].questions[0].options[0].value: out of range",
  );
  await page
    .getByLabel("Files (YAML)")
    .setInputFiles([path.join(FIXTURES, "questions-en.yaml"), path.join(FIXTURES, "questions-de.yaml")]);
  await expect(page.getByText("2 files loaded")).toBeVisible();
  await page.getByRole("button", { name: "Check and preview" }).click();
  await expect(page.getByRole("heading", { name: "Preview: Small platform check" })).toBeVisible();
  await expect(page.getByText("en, de")).toBeVisible();
  await page.getByRole("button", { name: "Import as a new model version" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Small platform check/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Interfaces · 4 questions/ })).toBeVisible();

  // Invite a lead for the team.
  await page.goto(`/orgs/${orgSlug}/members`);
  await page.getByLabel("Role", { exact: true }).selectOption("LEAD");
  await page.getByLabel("Team (optional)").selectOption({ label: teamName });
  await page.getByRole("button", { name: "Create invite link" }).click();
  const inviteUrl = await page.getByLabel(/Invite link/).inputValue();
  const lead = await (await browser.newContext()).newPage();
  await lead.goto(new URL(inviteUrl).pathname);
  await lead.getByRole("link", { name: "Create an account" }).click();
  await lead.getByLabel("Your name").fill("Lea Lead");
  await lead.getByLabel("Email").fill(`interop-lead-${Date.now()}@e2e.stepwise.test`);
  await lead.getByLabel("Password").fill("a long enough password");
  await lead.getByRole("button", { name: "Create account" }).click();
  await lead.waitForURL(new RegExp(`/orgs/${orgSlug}$`));

  // Lead: paste the shared link, see what cannot be imported, create the draft.
  await lead.goto(`/orgs/${orgSlug}/teams`);
  await lead.getByRole("link", { name: new RegExp(teamName) }).click();
  await lead.getByRole("link", { name: "Import a result link" }).click();
  await lead.getByLabel("Result link").fill(LINK);
  await lead.getByRole("button", { name: "Check the link" }).click();
  await expect(lead.getByText(/13 answers of 16 questions found for Small platform check v1/)).toBeVisible();
  const problems = lead.getByTestId("import-problems");
  await expect(problems).toContainText("operations_3=6: not one of the question's option values");
  await expect(problems).toContainText(
    "measurement_1=3: no question of this question set has this field name",
  );
  await lead.getByRole("button", { name: "Create the draft" }).click();
  await lead.waitForURL(/\/assessments\/[^/?]+(\?.*)?$/);
  await expect(lead.getByTestId("overall-save-state")).toContainText("13 of 16 answered");

  // Complete it, submit, and compare with the community tool's means.
  await choose(lead, "Adoption", /^Teams add it themselves/);
  await choose(lead, "Operations", /^A shared automated lifecycle/);
  await choose(lead, "Operations", /^Continuously, with rollback/);
  await waitForAllSaved(lead);
  await expect(lead.getByTestId("overall-save-state")).toContainText("16 of 16 answered");
  await lead.getByRole("button", { name: "Submit assessment" }).click();
  await lead.waitForURL(/\/results$/);
  await expect(lead.getByRole("columnheader", { name: "Mean (1.00–4.00)" })).toBeVisible();
  // (1+3+4+2)/4, (2+2+3+4)/4, 4, (1+2+4+3)/4
  for (const [aspect, mean] of [
    ["investment", "2.50"],
    ["adoption", "2.75"],
    ["interfaces", "4.00"],
    ["operations", "2.50"],
  ] as const) {
    await expect(lead.getByTestId(`mean-${aspect}`)).toHaveText(mean);
  }
  await expect(lead.getByRole("row", { name: /Adoption 2\.75 L3 · Scalable/ })).toBeVisible();
  await expect(
    lead.getByRole("img", { name: /Radar chart of aspect scores: Investment 2\.50 \(Operational\)/ }),
  ).toBeVisible();

  // Export back: the link opens the same answers in the community tool.
  const exported = await lead.getByLabel("Result link for the community self-assessment").inputValue();
  expect(exported.startsWith(TOOL)).toBe(true);
  const params = new URL(exported).searchParams;
  expect(params.get("adoption_4")).toBe("4");
  expect(params.get("operations_3")).toBe("4");
  expect(params.get("investment_2")).toBe("3");
  expect(params.get("measurement_1")).toBeNull();
  expect(params.get("v")).toBe("1.2.0");

  // The German translation imported with the file is used once the lead switches language.
  await chooseLanguage(lead, "Deutsch");
  await expect(lead.getByRole("columnheader", { name: "Mittelwert (1,00–4,00)" })).toBeVisible();
  // The means stay exactly as the community tool prints them (4.00); German abbreviates Stufe 4 as S4.
  await expect(lead.getByRole("row", { name: /Schnittstellen 4\.00 S4 · Optimierend/ })).toBeVisible();
});
