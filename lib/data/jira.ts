/**
 * Jira per organization (docs/integrations.md): admins save the base URL, account email, API token
 * (stored only sealed, AES-256-GCM), project key and issue type; anyone who may edit a team's plan can
 * create a Jira issue from one of its steps. The issue key is stored on the step (once: a second
 * create is refused) and shown as a link. Every Jira failure becomes an AppError with a clear message.
 */
import "server-only";
import { z } from "zod";
import type { OrgContext } from "@/lib/authz/context";
import { assertRole } from "@/lib/authz/roles";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { isoDayOrNull } from "@/lib/dates";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { jiraErrorMessage, jiraIssueRequest, parseJiraCreated } from "@/lib/jira/issue";
import { journeysPath } from "@/lib/paths";
import { secretsKey } from "@/lib/sso/keys";
import { openSecret, sealSecret } from "@/lib/sso/secret-box";
import { sendRequest } from "@/lib/webhooks/send";
import { checkOutboundUrl } from "@/lib/webhooks/url-policy";
import { recordAudit } from "./audit";
import { getModelDefinition } from "./models";
import { requirePlanEditor } from "./plans";
import { allowInsecureWebhookUrls } from "./webhooks/outbox";

export const JIRA_TIMEOUT_MS = 15_000;

const tokenContext = (orgId: string) => `jira-api-token:${orgId}`;

export const ZJiraSettingsInput = z.object({
  baseUrl: z.string().trim().min(1, "Enter your Jira site, e.g. https://acme.atlassian.net").max(300),
  email: z.email("Enter the email of the Jira account").max(200),
  /** Blank on an update: keep the saved token. */
  apiToken: z.string().trim().max(500).default(""),
  projectKey: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{0,19}$/, "A project key: capital letters and digits, e.g. OPS"),
  issueType: z.string().trim().min(1, "Name the issue type, e.g. Task").max(60).default("Task"),
});
export type TJiraSettingsInputRaw = z.input<typeof ZJiraSettingsInput>;

const ONLY_ADMINS = "Only admins manage the Jira settings.";

/** The settings without the token (admins only); null when Jira is not connected. */
export async function getJiraSettings(ctx: OrgContext) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  const row = await db.orgJiraConfig.findUnique({
    where: { organizationId: ctx.orgId },
    select: { baseUrl: true, email: true, projectKey: true, issueType: true, updatedAt: true },
  });
  return row ? { ...row, hasToken: true } : null;
}

export async function saveJiraSettings(
  ctx: OrgContext,
  raw: TJiraSettingsInputRaw,
  meta: TAuditMeta = NO_AUDIT_META,
) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  const parsed = ZJiraSettingsInput.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    throw new AppError(
      "INVALID_INPUT",
      "Please fix the highlighted fields.",
      fieldErrors as Record<string, string[]>,
    );
  }
  const input = parsed.data;
  const url = checkOutboundUrl(input.baseUrl, allowInsecureWebhookUrls(), "The Jira URL");
  if (!url.ok) throw new AppError("INVALID_INPUT", url.message, { baseUrl: [url.message] });
  const baseUrl = url.url.replace(/\/+$/, "");
  const key = secretsKey();
  if (!key)
    throw new AppError(
      "INVALID_STATE",
      "Jira needs STEPWISE_ENCRYPTION_KEY to be set on the server (the API token is stored encrypted).",
    );
  return db.$transaction(async (tx) => {
    const existing = await tx.orgJiraConfig.findUnique({
      where: { organizationId: ctx.orgId },
      select: { apiTokenEnc: true },
    });
    if (!input.apiToken && !existing)
      throw new AppError("INVALID_INPUT", "Enter the Jira API token.", {
        apiToken: ["Enter the Jira API token."],
      });
    const apiTokenEnc = input.apiToken
      ? sealSecret(input.apiToken, key, tokenContext(ctx.orgId))
      : existing!.apiTokenEnc;
    const data = {
      baseUrl,
      email: input.email,
      apiTokenEnc,
      projectKey: input.projectKey,
      issueType: input.issueType,
      updatedById: ctx.userId,
    };
    await tx.orgJiraConfig.upsert({
      where: { organizationId: ctx.orgId },
      create: { organizationId: ctx.orgId, ...data },
      update: data,
    });
    await recordAudit(
      tx,
      { ...ctx, meta },
      {
        action: "jira.config.updated",
        target: { type: "jira_config", id: ctx.orgId },
        details: { baseUrl, projectKey: input.projectKey, tokenChanged: Boolean(input.apiToken) },
      },
    );
    return { saved: true };
  });
}

export async function deleteJiraSettings(ctx: OrgContext, meta: TAuditMeta = NO_AUDIT_META) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  return db.$transaction(async (tx) => {
    const { count } = await tx.orgJiraConfig.deleteMany({ where: { organizationId: ctx.orgId } });
    if (count === 0) return { deleted: false }; // idempotent: already disconnected
    await recordAudit(
      tx,
      { ...ctx, meta },
      { action: "jira.config.deleted", target: { type: "jira_config", id: ctx.orgId } },
    );
    return { deleted: true };
  });
}

/** What the step page shows: the linked issue, or whether an issue can be created. */
export async function getStepJira(ctx: OrgContext, stepId: string) {
  const step = await db.planStep.findFirst({
    where: { id: stepId, organizationId: ctx.orgId },
    select: { jiraIssueKey: true },
  });
  if (!step) throw new AppError("NOT_FOUND", "Step not found.");
  const config = await db.orgJiraConfig.findUnique({
    where: { organizationId: ctx.orgId },
    select: { baseUrl: true, projectKey: true },
  });
  return {
    configured: config !== null,
    projectKey: config?.projectKey ?? null,
    issue: step.jiraIssueKey
      ? { key: step.jiraIssueKey, url: config ? `${config.baseUrl}/browse/${step.jiraIssueKey}` : null }
      : null,
  };
}

/** Creates the step's Jira issue (plan editors); stores and returns its key and link. */
export async function createJiraIssueForStep(
  ctx: OrgContext,
  stepId: string,
  meta: TAuditMeta = NO_AUDIT_META,
) {
  const step = await db.planStep.findFirst({
    where: { id: stepId, organizationId: ctx.orgId },
    select: {
      id: true,
      title: true,
      notes: true,
      aspectId: true,
      level: true,
      characteristic: true,
      dueOn: true,
      jiraIssueKey: true,
      journeyId: true,
      journey: { select: { title: true, modelId: true, teamId: true, team: { select: { name: true } } } },
    },
  });
  if (!step) throw new AppError("NOT_FOUND", "Step not found.");
  await requirePlanEditor(ctx, step.journeyId);
  if (step.jiraIssueKey)
    throw new AppError("INVALID_STATE", `This step already has a Jira issue: ${step.jiraIssueKey}.`);
  const row = await db.orgJiraConfig.findUnique({ where: { organizationId: ctx.orgId } });
  if (!row)
    throw new AppError(
      "INVALID_STATE",
      "Jira is not connected: an admin can set it up under Settings → Jira.",
    );
  const key = secretsKey();
  const apiToken = key ? openSecret(row.apiTokenEnc, key, tokenContext(ctx.orgId)) : null;
  if (!apiToken)
    throw new AppError(
      "INVALID_STATE",
      "The saved Jira API token cannot be read (the encryption key changed?): an admin must enter it again.",
    );
  const model = await getModelDefinition(step.journey.modelId);
  const org = await db.organization.findUniqueOrThrow({ where: { id: ctx.orgId }, select: { slug: true } });
  const request = jiraIssueRequest(
    {
      baseUrl: row.baseUrl,
      email: row.email,
      apiToken,
      projectKey: row.projectKey,
      issueType: row.issueType,
    },
    {
      title: step.title,
      notes: step.notes,
      aspectName: model.aspects.find((a) => a.id === step.aspectId)?.name ?? step.aspectId,
      level: step.level,
      characteristic: step.characteristic,
      dueOn: isoDayOrNull(step.dueOn),
      teamName: step.journey.team?.name ?? null,
      journeyTitle: step.journey.title,
      url: step.journey.teamId
        ? publicUrl(journeysPath(org.slug, step.journey.teamId, step.journeyId, "plan", "steps", step.id))
        : null,
    },
  );
  const answer = await sendRequest(request.url, {
    method: "POST",
    headers: request.headers,
    body: request.body,
    timeoutMs: JIRA_TIMEOUT_MS,
    allowInsecure: allowInsecureWebhookUrls(),
  });
  if (!answer.ok) throw new AppError("INVALID_STATE", `Could not reach Jira (${answer.error}).`);
  if (answer.status !== 201 && answer.status !== 200)
    throw new AppError("INVALID_STATE", jiraErrorMessage(answer.status, answer.body));
  const issueKey = parseJiraCreated(answer.body);
  if (!issueKey)
    throw new AppError("INVALID_STATE", "Jira answered without an issue key: check the base URL.");
  await db.$transaction(async (tx) => {
    const { count } = await tx.planStep.updateMany({
      where: { id: step.id, organizationId: ctx.orgId, jiraIssueKey: null },
      data: { jiraIssueKey: issueKey },
    });
    if (count === 0)
      throw new AppError(
        "CONFLICT",
        `Someone linked another Jira issue meanwhile; ${issueKey} was created in Jira.`,
      );
    await recordAudit(
      tx,
      { ...ctx, meta },
      {
        action: "jira.issue_created",
        target: { type: "plan_step", id: step.id, label: step.title },
        details: { issueKey },
      },
    );
  });
  return { key: issueKey, url: `${row.baseUrl}/browse/${issueKey}` };
}
