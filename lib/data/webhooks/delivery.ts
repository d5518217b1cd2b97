/**
 * The webhook delivery worker. `deliverDueWebhooks` claims due deliveries with FOR UPDATE SKIP LOCKED
 * and a lease (locked_until), so several workers (app instances, `npm run webhooks:deliver`) never send
 * one delivery at the same time; sends each (signed, bounded, SSRF-guarded), logs the attempt, and then
 * marks it SUCCEEDED, schedules a retry (exponential backoff with jitter) or gives up (FAILED). An
 * endpoint with WEBHOOK_DISABLE_AFTER consecutive failed attempts is disabled, with an audit event.
 * At-least-once: a crash between sending and recording means the lease expires and it is sent again
 * (receivers deduplicate on the event id).
 */
import "server-only";
import { NO_AUDIT_META } from "@/lib/audit/events";
import { db } from "@/lib/db";
import { secretsKey } from "@/lib/sso/keys";
import { openSecret } from "@/lib/sso/secret-box";
import {
  retryDelayMs,
  WEBHOOK_BACKOFF_BASE_MS,
  WEBHOOK_DISABLE_AFTER,
  WEBHOOK_MAX_ATTEMPTS,
} from "@/lib/webhooks/backoff";
import { envelopeBody, type TWebhookEnvelope, type TWebhookEventType } from "@/lib/webhooks/events";
import { sendRequest } from "@/lib/webhooks/send";
import {
  DELIVERY_ID_HEADER,
  EVENT_ID_HEADER,
  EVENT_TYPE_HEADER,
  SIGNATURE_HEADER,
  signWebhook,
  TIMESTAMP_HEADER,
} from "@/lib/webhooks/signing";
import { formatSlackMessage } from "@/lib/webhooks/slack";
import { recordAudit } from "../audit";
import { allowInsecureWebhookUrls, scanOverdueSteps } from "./outbox";

export const webhookSecretContext = (orgId: string, endpointId: string) =>
  `webhook-secret:${orgId}:${endpointId}`;

export type TDeliverOptions = Readonly<{
  /** The clock (tests move it forward to make retries due). */
  now?: Date;
  limit?: number;
  timeoutMs?: number;
  leaseMs?: number;
  backoffBaseMs?: number;
  maxAttempts?: number;
  disableAfter?: number;
  random?: () => number;
  /** Only this organization's deliveries (tests). */
  orgId?: string;
}>;

export type TDeliverResult = { claimed: number; succeeded: number; failed: number };

type TClaimed = {
  id: string;
  organization_id: string;
  endpoint_id: string;
  event_id: string;
  attempts: number;
};

const EXCERPT = 500;

async function claimDue(
  now: Date,
  limit: number,
  leaseMs: number,
  orgId: string | null,
): Promise<TClaimed[]> {
  const lease = new Date(now.getTime() + leaseMs);
  return db.$queryRaw<TClaimed[]>`
    UPDATE webhook_deliveries d SET locked_until = ${lease}, attempts = d.attempts + 1
    WHERE d.id IN (
      SELECT d2.id FROM webhook_deliveries d2 JOIN webhook_endpoints e ON e.id = d2.endpoint_id
      WHERE d2.status = 'PENDING' AND d2.next_attempt_at <= ${now}
        AND (d2.locked_until IS NULL OR d2.locked_until <= ${now}) AND e.enabled
        AND (${orgId}::text IS NULL OR d2.organization_id = ${orgId}::text)
      ORDER BY d2.next_attempt_at
      LIMIT ${limit}
      FOR UPDATE OF d2 SKIP LOCKED)
    RETURNING d.id, d.organization_id, d.endpoint_id, d.event_id, d.attempts`;
}

/** The request a delivery makes: body and headers (signature over `${timestamp}.${body}`). */
export function buildDeliveryRequest(
  kind: "GENERIC" | "SLACK",
  envelope: TWebhookEnvelope,
  secret: string,
  deliveryId: string,
  nowMs: number,
): { body: string; headers: Record<string, string> } {
  const body = kind === "SLACK" ? JSON.stringify(formatSlackMessage(envelope)) : envelopeBody(envelope);
  const timestamp = Math.floor(nowMs / 1000);
  return {
    body,
    headers: {
      "Content-Type": "application/json",
      "User-Agent": "Stepwise-Webhooks/1",
      [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
      [TIMESTAMP_HEADER]: String(timestamp),
      [EVENT_ID_HEADER]: envelope.id,
      [EVENT_TYPE_HEADER]: envelope.type,
      [DELIVERY_ID_HEADER]: deliveryId,
    },
  };
}

async function deliverOne(claimed: TClaimed, o: Required<Omit<TDeliverOptions, "orgId">>): Promise<boolean> {
  const row = await db.webhookDelivery.findUniqueOrThrow({
    where: { id: claimed.id },
    select: {
      endpoint: { select: { id: true, url: true, kind: true, secretEnc: true } },
      event: {
        select: {
          id: true,
          type: true,
          payload: true,
          createdAt: true,
          organization: { select: { id: true, slug: true } },
        },
      },
    },
  });
  const key = secretsKey();
  const secret = key
    ? openSecret(row.endpoint.secretEnc, key, webhookSecretContext(claimed.organization_id, row.endpoint.id))
    : null;
  const envelope: TWebhookEnvelope = {
    id: row.event.id,
    type: row.event.type as TWebhookEventType,
    createdAt: row.event.createdAt.toISOString(),
    organization: row.event.organization,
    data: row.event.payload as Record<string, unknown>,
  };
  const outcome = secret
    ? await sendRequest(row.endpoint.url, {
        method: "POST",
        ...buildDeliveryRequest(row.endpoint.kind, envelope, secret, claimed.id, o.now.getTime()),
        timeoutMs: o.timeoutMs,
        allowInsecure: allowInsecureWebhookUrls(),
        maxResponseBytes: EXCERPT * 4,
      })
    : ({
        ok: false,
        error: "the endpoint's secret cannot be opened (encryption key changed?)",
        latencyMs: 0,
      } as const);
  const success = outcome.ok && outcome.status >= 200 && outcome.status < 300;
  const statusCode = outcome.ok ? outcome.status : null;
  const error = outcome.ok ? (success ? null : `HTTP ${outcome.status}`) : outcome.error.slice(0, 300);
  const giveUp = !success && claimed.attempts >= o.maxAttempts;
  const next = new Date(o.now.getTime() + retryDelayMs(claimed.attempts, o.random(), o.backoffBaseMs));
  await db.$transaction(async (tx) => {
    await tx.webhookAttempt.create({
      data: {
        deliveryId: claimed.id,
        attempt: claimed.attempts,
        attemptedAt: o.now,
        latencyMs: outcome.latencyMs,
        statusCode,
        ok: success,
        error,
        responseExcerpt: outcome.ok ? outcome.body.slice(0, EXCERPT) : "",
      },
    });
    // Only while this worker's claim stands (attempts unchanged): a late finisher never overwrites.
    await tx.webhookDelivery.updateMany({
      where: { id: claimed.id, attempts: claimed.attempts },
      data: {
        status: success ? "SUCCEEDED" : giveUp ? "FAILED" : "PENDING",
        lockedUntil: null,
        lastStatusCode: statusCode,
        lastError: error,
        ...(success ? { deliveredAt: o.now } : giveUp ? {} : { nextAttemptAt: next }),
      },
    });
    if (success) {
      await tx.webhookEndpoint.update({ where: { id: row.endpoint.id }, data: { consecutiveFailures: 0 } });
      return;
    }
    const [ep] = await tx.$queryRaw<Array<{ failures: number; enabled: boolean; name: string }>>`
      UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1
      WHERE id = ${row.endpoint.id} RETURNING consecutive_failures AS failures, enabled, name`;
    if (ep && ep.enabled && ep.failures >= o.disableAfter) {
      const reason = `Disabled after ${ep.failures} consecutive failed deliveries (last: ${error ?? "error"}).`;
      await tx.webhookEndpoint.update({
        where: { id: row.endpoint.id },
        data: { enabled: false, disabledReason: reason },
      });
      await recordAudit(
        tx,
        {
          orgId: claimed.organization_id,
          userId: null,
          actorLabel: "system (webhook delivery)",
          meta: NO_AUDIT_META,
        },
        {
          action: "webhook.disabled",
          target: { type: "webhook", id: row.endpoint.id, label: ep.name },
          details: { reason: "consecutive_failures", failures: ep.failures },
        },
      );
    }
  });
  return success;
}

/** One batch: claims up to `limit` due deliveries and sends them concurrently. */
export async function deliverDueWebhooks(options: TDeliverOptions = {}): Promise<TDeliverResult> {
  const o = {
    now: options.now ?? new Date(),
    limit: options.limit ?? 20,
    timeoutMs: options.timeoutMs ?? 10_000,
    leaseMs: options.leaseMs ?? 60_000,
    backoffBaseMs: options.backoffBaseMs ?? WEBHOOK_BACKOFF_BASE_MS,
    maxAttempts: options.maxAttempts ?? WEBHOOK_MAX_ATTEMPTS,
    disableAfter: options.disableAfter ?? WEBHOOK_DISABLE_AFTER,
    random: options.random ?? Math.random,
  };
  const claimed = await claimDue(o.now, o.limit, Math.max(o.leaseMs, o.timeoutMs * 2), options.orgId ?? null);
  const results = await Promise.all(claimed.map((c) => deliverOne(c, o)));
  const succeeded = results.filter(Boolean).length;
  return { claimed: claimed.length, succeeded, failed: claimed.length - succeeded };
}

/** The overdue scan, in its own transaction (the job runs it every few minutes). */
export async function runOverdueScan(today?: string): Promise<number> {
  return db.$transaction((tx) => scanOverdueSteps(tx, today), { timeout: 60_000 });
}
