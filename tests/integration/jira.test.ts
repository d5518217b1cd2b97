import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createJourney } from "@/lib/data/journeys";
import {
  createJiraIssueForStep,
  deleteJiraSettings,
  getJiraSettings,
  getStepJira,
  saveJiraSettings,
} from "@/lib/data/jira";
import { createStep } from "@/lib/data/plans";
import { createTenant, ensureModels } from "../fixtures/tenants";

process.env.WEBHOOKS_ALLOW_INSECURE_URLS = "true";

/** A stand-in for Jira Cloud: checks the request shape and auth like Jira would, on a free port. */
type TSeen = { method: string; path: string; auth: string; type: string; body: unknown };
const seen: TSeen[] = [];
let issueNumber = 0;
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: unknown = null;
    try {
      body = JSON.parse(raw);
    } catch {
      body = raw;
    }
    seen.push({
      method: req.method ?? "",
      path: req.url ?? "",
      auth: req.headers.authorization ?? "",
      type: req.headers["content-type"] ?? "",
      body,
    });
    const send = (status: number, json: unknown) =>
      res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(json));
    const expected = `Basic ${Buffer.from("bot@acme.test:jira-secret-token").toString("base64")}`;
    if (req.headers.authorization !== expected) return send(401, { errorMessages: ["Unauthorized"] });
    if (req.method !== "POST" || req.url !== "/jira/rest/api/3/issue")
      return send(404, { errorMessages: ["No route"] });
    const fields = (body as { fields?: Record<string, unknown> }).fields ?? {};
    if ((fields.project as { key?: string })?.key !== "OPS")
      return send(400, { errorMessages: [], errors: { project: "valid project is required" } });
    const description = fields.description as { type?: string; version?: number; content?: unknown[] };
    if (description?.type !== "doc" || description.version !== 1 || !Array.isArray(description.content))
      return send(400, { errors: { description: "Operation value must be an Atlassian Document" } });
    issueNumber += 1;
    return send(201, { id: String(10000 + issueNumber), key: `OPS-${issueNumber}`, self: "x" });
  });
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jira`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function setup() {
  const models = await ensureModels();
  const t = await createTenant();
  const admin = await t.member("ADMIN");
  const lead = await t.member("LEAD", { inTeam: true });
  const journey = await createJourney(lead, {
    title: "Jira journey",
    goal: "Grow.",
    teamId: t.teamId,
    modelId: models.cncf,
    targets: { investment: 3 },
  });
  const { step } = await createStep(lead, journey.id, {
    title: "Automate test environments",
    aspectId: "investment",
    level: 2,
    notes: "First paragraph.\n\nSecond paragraph.",
    dueOn: "2027-01-31",
  });
  return { t, admin, lead, step };
}

const settings = (extra: Record<string, string> = {}) => ({
  baseUrl: base,
  email: "bot@acme.test",
  apiToken: "jira-secret-token",
  projectKey: "OPS",
  issueType: "Task",
  ...extra,
});

describe("Jira", () => {
  it("admins save settings (token sealed, never returned); other roles and orgs cannot", async () => {
    const { t, admin, lead } = await setup();
    await expect(saveJiraSettings(lead, settings())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getJiraSettings(lead)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      saveJiraSettings(admin, settings({ baseUrl: "http://jira.example.com" })),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { baseUrl: [expect.stringContaining("https://")] },
    });
    await expect(
      saveJiraSettings(admin, settings({ baseUrl: "https://192.168.1.10" })),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(saveJiraSettings(admin, settings({ projectKey: "ops" }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { projectKey: [expect.any(String)] },
    });
    await expect(saveJiraSettings(admin, settings({ apiToken: "" }))).rejects.toMatchObject({
      fieldErrors: { apiToken: ["Enter the Jira API token."] },
    });
    await saveJiraSettings(admin, settings());
    const row = await db.orgJiraConfig.findUniqueOrThrow({ where: { organizationId: t.org.id } });
    expect(JSON.stringify(row)).not.toContain("jira-secret-token");
    expect(JSON.stringify(await getJiraSettings(admin))).not.toContain("jira-secret-token");
    // Blank token on update keeps the saved one.
    await saveJiraSettings(admin, settings({ apiToken: "", issueType: "Story" }));
    expect(
      (await db.orgJiraConfig.findUniqueOrThrow({ where: { organizationId: t.org.id } })).apiTokenEnc,
    ).toBe(row.apiTokenEnc);
    // Another org's admin sees nothing and cannot delete it.
    const otherAdmin = await (await createTenant()).member("ADMIN");
    expect(await getJiraSettings(otherAdmin)).toBeNull();
    expect(await deleteJiraSettings(otherAdmin)).toEqual({ deleted: false });
    expect(await getJiraSettings(admin)).toMatchObject({ issueType: "Story" });
    await expect(deleteJiraSettings(lead)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await deleteJiraSettings(admin)).toEqual({ deleted: true });
    expect(await getJiraSettings(admin)).toBeNull();
  });

  it("creates an issue from a step with the right request (auth, ADF description) and stores the key once", async () => {
    const { t, admin, lead, step } = await setup();
    await expect(createJiraIssueForStep(lead, step.id)).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: expect.stringContaining("not connected"),
    });
    await saveJiraSettings(admin, settings());
    const viewer = await t.member("VIEWER", { inTeam: true });
    await expect(createJiraIssueForStep(viewer, step.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const otherLead = await (await createTenant()).member("ADMIN");
    await expect(createJiraIssueForStep(otherLead, step.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const before = seen.length;
    const issue = await createJiraIssueForStep(lead, step.id);
    expect(issue.key).toMatch(/^OPS-\d+$/);
    expect(issue.url).toBe(`${base}/browse/${issue.key}`);
    const req = seen[before]!;
    expect(req).toMatchObject({ method: "POST", path: "/jira/rest/api/3/issue", type: "application/json" });
    const fields = (req.body as { fields: Record<string, unknown> }).fields;
    expect(fields).toMatchObject({
      project: { key: "OPS" },
      issuetype: { name: "Task" },
      summary: "Automate test environments",
      labels: ["stepwise"],
    });
    const adf = JSON.stringify(fields.description);
    expect(adf).toContain("First paragraph.");
    expect(adf).toContain("Due: 2027-01-31");
    expect(adf).toContain(`/plan/steps/${step.id}`);
    expect(await getStepJira(lead, step.id)).toEqual({
      configured: true,
      projectKey: "OPS",
      issue: { key: issue.key, url: issue.url },
    });
    await expect(createJiraIssueForStep(lead, step.id)).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: expect.stringContaining(issue.key),
    });
    expect(seen.length).toBe(before + 1);
    const audit = await db.auditEvent.findFirst({
      where: { organizationId: t.org.id, action: "jira.issue_created" },
    });
    expect(audit).toMatchObject({ targetId: step.id, details: { issueKey: issue.key } });
  });

  it("turns Jira's errors and an unreachable Jira into clear messages, never a crash", async () => {
    const { admin, lead, step } = await setup();
    await saveJiraSettings(admin, settings({ apiToken: "wrong-token" }));
    await expect(createJiraIssueForStep(lead, step.id)).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: expect.stringContaining("Jira refused the credentials"),
    });
    await saveJiraSettings(admin, settings({ projectKey: "NOPE" }));
    await expect(createJiraIssueForStep(lead, step.id)).rejects.toMatchObject({
      message: expect.stringContaining("project: valid project is required"),
    });
    await saveJiraSettings(admin, settings({ baseUrl: "http://127.0.0.1:9" }));
    await expect(createJiraIssueForStep(lead, step.id)).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: expect.stringContaining("Could not reach Jira"),
    });
    expect((await getStepJira(lead, step.id)).issue).toBeNull();
  });
});
