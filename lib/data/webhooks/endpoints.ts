/**
 * Webhook endpoints of an organization (admins only): create (the signing secret is returned once and
 * stored sealed), list with recent deliveries, enable/disable, delete, redeliver. Every query is scoped
 * to ctx.orgId; another organization's ids are NOT_FOUND. Changes are audit-logged in their transaction.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { OrgContext } from "@/lib/authz/context";
import { assertRole } from "@/lib/authz/roles";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { secretsKey } from "@/lib/sso/keys";
import { sealSecret } from "@/lib/sso/secret-box";
import { WEBHOOK_EVENT_TYPES, WEBHOOK_KINDS } from "@/lib/webhooks/events";
import { generateWebhookSecret } from "@/lib/webhooks/signing";
import { checkOutboundUrl } from "@/lib/webhooks/url-policy";
import { recordAudit } from "../audit";
import { webhookSecretContext } from "./delivery";
import { allowInsecureWebhookUrls } from "./outbox";

export const MAX_WEBHOOKS_PER_ORG = 20;

/** Form posts: `events` arrives as one string per ticked box (or a single string). */
export const ZWebhookInput = z.object({
  name: z.string().trim().min(1, "Name the endpoint").max(80, "At most 80 characters"),
  url: z.string().trim().min(1, "Enter the endpoint URL").max(2000, "At most 2,000 characters"),
  kind: z.enum(WEBHOOK_KINDS, { error: "Choose JSON or Slack" }).default("GENERIC"),
  events: z
    .preprocess(
      (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.enum(WEBHOOK_EVENT_TYPES, { error: "Unknown event type" })),
    )
    .refine((v) => v.length > 0, "Choose at least one event")
    .transform((v) => [...new Set(v)]),
});
export type TWebhookInputRaw = z.input<typeof ZWebhookInput>;

const ONLY_ADMINS = "Only admins manage webhooks.";

const endpointSelect = {
  id: true,
  name: true,
  kind: true,
  url: true,
  events: true,
  enabled: true,
  consecutiveFailures: true,
  disabledReason: true,
  createdAt: true,
} as const;

export async function createWebhookEndpoint(
  ctx: OrgContext,
  raw: TWebhookInputRaw,
  meta: TAuditMeta = NO_AUDIT_META,
) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  const parsed = ZWebhookInput.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    throw new AppError(
      "INVALID_INPUT",
      "Please fix the highlighted fields.",
      fieldErrors as Record<string, string[]>,
    );
  }
  const input = parsed.data;
  const url = checkOutboundUrl(input.url, allowInsecureWebhookUrls(), "The endpoint URL");
  if (!url.ok) throw new AppError("INVALID_INPUT", url.message, { url: [url.message] });
  const key = secretsKey();
  if (!key)
    throw new AppError(
      "INVALID_STATE",
      "Webhooks need STEPWISE_ENCRYPTION_KEY to be set on the server (their secrets are stored encrypted).",
    );
  const id = randomUUID();
  const secret = generateWebhookSecret();
  return db.$transaction(async (tx) => {
    const count = await tx.webhookEndpoint.count({ where: { organizationId: ctx.orgId } });
    if (count >= MAX_WEBHOOKS_PER_ORG)
      throw new AppError(
        "INVALID_STATE",
        `An organization can have at most ${MAX_WEBHOOKS_PER_ORG} webhooks.`,
      );
    const row = await tx.webhookEndpoint.create({
      data: {
        id,
        organizationId: ctx.orgId,
        name: input.name,
        kind: input.kind,
        url: url.url,
        events: input.events,
        secretEnc: sealSecret(secret, key, webhookSecretContext(ctx.orgId, id)),
        createdById: ctx.userId,
      },
      select: endpointSelect,
    });
    await recordAudit(
      tx,
      { ...ctx, meta },
      {
        action: "webhook.created",
        target: { type: "webhook", id, label: input.name },
        details: { kind: input.kind, events: input.events.join(","), host: new URL(url.url).host },
      },
    );
    return { secret, endpoint: row };
  });
}

export async function listWebhookEndpoints(ctx: OrgContext) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  return db.webhookEndpoint.findMany({
    where: { organizationId: ctx.orgId },
    select: endpointSelect,
    orderBy: { createdAt: "asc" },
  });
}
export type TWebhookEndpointSummary = Awaited<ReturnType<typeof listWebhookEndpoints>>[number];

/** The endpoint's newest deliveries with their attempts (the delivery log). */
export async function listWebhookDeliveries(ctx: OrgContext, endpointId: string, limit = 25) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  await requireEndpoint(ctx, endpointId);
  return db.webhookDelivery.findMany({
    where: { endpointId, organizationId: ctx.orgId },
    select: {
      id: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      deliveredAt: true,
      createdAt: true,
      lastStatusCode: true,
      lastError: true,
      event: { select: { id: true, type: true } },
      attemptLog: {
        select: {
          attempt: true,
          attemptedAt: true,
          latencyMs: true,
          statusCode: true,
          ok: true,
          error: true,
          responseExcerpt: true,
        },
        orderBy: { attempt: "desc" },
        take: 5,
      },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}
export type TWebhookDelivery = Awaited<ReturnType<typeof listWebhookDeliveries>>[number];

async function requireEndpoint(ctx: OrgContext, endpointId: string) {
  const row = await db.webhookEndpoint.findFirst({
    where: { id: endpointId, organizationId: ctx.orgId },
    select: { id: true, name: true, enabled: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "Webhook not found.");
  return row;
}

/** Enables (resetting the failure count) or disables an endpoint. */
export async function setWebhookEnabled(
  ctx: OrgContext,
  endpointId: string,
  enabled: boolean,
  meta: TAuditMeta = NO_AUDIT_META,
) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  const ep = await requireEndpoint(ctx, endpointId);
  if (ep.enabled === enabled) return { changed: false };
  await db.$transaction(async (tx) => {
    await tx.webhookEndpoint.updateMany({
      where: { id: endpointId, organizationId: ctx.orgId },
      data: enabled
        ? { enabled, consecutiveFailures: 0, disabledReason: null }
        : { enabled, disabledReason: "Disabled by an admin." },
    });
    await recordAudit(
      tx,
      { ...ctx, meta },
      {
        action: enabled ? "webhook.enabled" : "webhook.disabled",
        target: { type: "webhook", id: endpointId, label: ep.name },
        details: { reason: "admin" },
      },
    );
  });
  return { changed: true };
}

export async function deleteWebhookEndpoint(
  ctx: OrgContext,
  endpointId: string,
  meta: TAuditMeta = NO_AUDIT_META,
) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  return db.$transaction(async (tx) => {
    const rows = await tx.webhookEndpoint.findMany({
      where: { id: endpointId, organizationId: ctx.orgId },
      select: { id: true, name: true },
    });
    if (!rows[0]) throw new AppError("NOT_FOUND", "Webhook not found.");
    await tx.webhookEndpoint.deleteMany({ where: { id: endpointId, organizationId: ctx.orgId } });
    await recordAudit(
      tx,
      { ...ctx, meta },
      { action: "webhook.deleted", target: { type: "webhook", id: endpointId, label: rows[0].name } },
    );
    return { deleted: true };
  });
}

/** Queues a delivery again, now (same event id, so receivers can deduplicate). */
export async function redeliverWebhook(ctx: OrgContext, deliveryId: string) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  const { count } = await db.webhookDelivery.updateMany({
    where: { id: deliveryId, organizationId: ctx.orgId, status: { not: "PENDING" } },
    data: { status: "PENDING", nextAttemptAt: new Date(), lockedUntil: null },
  });
  if (count === 0) {
    const exists = await db.webhookDelivery.findFirst({
      where: { id: deliveryId, organizationId: ctx.orgId },
      select: { id: true },
    });
    if (!exists) throw new AppError("NOT_FOUND", "Delivery not found.");
    throw new AppError("INVALID_STATE", "This delivery is already queued.");
  }
  return { queued: true };
}
