import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { signUpWithNewOrg } from "./helpers";

test("an admin changes a role, finds the event in the audit log, filters it and downloads the CSV", async ({
  page,
  browser,
}) => {
  const { orgSlug } = await signUpWithNewOrg(page, "auditor");

  // A second person joins through an invite (both are audited).
  await page.goto(`/orgs/${orgSlug}/members`);
  await page.getByLabel("Role", { exact: true }).selectOption("MEMBER");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const inviteUrl = await page.getByLabel(/Invite link/).inputValue();
  const invitee = await (await browser.newContext()).newPage();
  const name = `Una Audited ${Date.now()}`;
  await invitee.goto(new URL(inviteUrl).pathname);
  await invitee.getByRole("link", { name: "Create an account" }).click();
  await invitee.getByLabel("Your name").fill(name);
  await invitee.getByLabel("Email").fill(`audited-${Date.now()}@e2e.stepwise.test`);
  await invitee.getByLabel("Password").fill("a long enough password");
  await invitee.getByRole("button", { name: "Create account" }).click();
  await invitee.waitForURL(new RegExp(`/orgs/${orgSlug}$`));

  // The admin promotes them.
  await page.reload();
  await page.getByLabel(`Role of ${name}`).selectOption("LEAD");
  await page
    .getByRole("row", { name: new RegExp(name) })
    .getByRole("button", { name: "Save" })
    .click();
  await expect(page.getByRole("row", { name: new RegExp(name) }).getByRole("status")).toContainText(
    "Role updated.",
  );

  // The audit log, reached from the admin area.
  await page.getByRole("link", { name: "open the audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const roleRow = page.getByRole("row").filter({ hasText: "member.role_changed" });
  await expect(roleRow).toHaveCount(1);
  await expect(roleRow).toContainText(name);
  await expect(roleRow).toContainText("from: MEMBER");
  await expect(roleRow).toContainText("to: LEAD");
  await expect(page.getByRole("row").filter({ hasText: "invite.created" })).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: "invite.accepted" })).toHaveCount(1);

  // Filter by action: the URL carries it, and only the role change is listed.
  await page.getByLabel("Action").selectOption("member.role_changed");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await page.waitForURL(/action=member\.role_changed/);
  await expect(page.getByRole("status").filter({ hasText: "event" })).toHaveText("1 event");
  await expect(page.getByRole("row").filter({ hasText: "invite.created" })).toHaveCount(0);

  // The CSV holds the same filtered rows.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^audit-${orgSlug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const csv = await readFile((await download.path())!, "utf8");
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ action: "member.role_changed", target_type: "user" });
  expect(rows[0]?.target_label).toContain(name);
  expect(JSON.parse(rows[0]!.details!)).toEqual({ from: "MEMBER", to: "LEAD" });

  // A lead is not an admin: the page does not exist for them.
  await invitee.goto(`/orgs/${orgSlug}/audit`);
  await expect(invitee.getByRole("heading", { name: /not found/i })).toBeVisible();
  const refused = await invitee.request.get(`/orgs/${orgSlug}/audit/export`);
  expect(refused.status()).toBe(404);
});
