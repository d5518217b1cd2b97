import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { DEMO, signIn } from "./helpers";

async function download(page: Page, link: ReturnType<Page["getByRole"]>) {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const bytes = new Uint8Array(await readFile((await file.path())!));
  const doc = await getDocumentProxy(bytes);
  const { text } = await extractText(doc, { mergePages: true });
  const [, , width, height] = (await doc.getPage(1)).view;
  return {
    name: file.suggestedFilename(),
    text: text.replace(/\s+/g, " "),
    size: [Math.round(width!), Math.round(height!)],
  };
}

test("an executive downloads the org report (with the overview's filter) and a team report as PDF", async ({
  page,
}) => {
  const today = new Date().toISOString().slice(0, 10);
  await signIn(page, DEMO.exec);
  await page.goto("/orgs/demo?group=Core+Platform");
  const org = await download(page, page.getByRole("link", { name: "A4", exact: true }));
  expect(org.name).toBe(`stepwise-acme-platform-co-demo-${today}-a4.pdf`);
  expect(org.size).toEqual([595, 842]);
  expect(org.text).toContain("Maturity overview: Acme Platform Co. (demo)");
  expect(org.text).toContain(`generated ${today}`);
  expect(org.text).toContain("group: Core Platform");
  expect(org.text).toContain("Data Platform");
  expect(org.text).toContain("Identity");
  expect(org.text).not.toContain("Payments");
  expect(org.text).toMatch(/L[1-4] (Provisional|Operational|Scalable|Optimizing)/);

  await page.goto("/orgs/demo");
  await page
    .getByRole("table", { name: /Heatmap of teams by aspect/ })
    .getByRole("row", { name: /^Payments/ })
    .getByRole("link", { name: /^Investment: / })
    .click();
  await page.waitForURL(/\/assessments\/[^/]+\/results$/);
  const team = await download(page, page.getByRole("link", { name: "Letter", exact: true }));
  expect(team.size).toEqual([612, 792]);
  expect(team.text).toContain("Maturity report: Payments");
  expect(team.text).toContain(`generated ${today}`);
  expect(team.text).toMatch(/Investment L[1-4] (Provisional|Operational|Scalable|Optimizing)/);

  // Bad parameters are a clear 400, never a 500.
  const bad = await page.request.get(`${new URL(page.url()).pathname}/pdf?size=A3`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toBe('size must be "A4" or "Letter".');
  const badFilter = await page.request.get("/orgs/demo/overview/pdf?from=2026-13-01");
  expect(badFilter.status()).toBe(400);
});
