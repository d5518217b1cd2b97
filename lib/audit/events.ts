/**
 * The audit log's vocabulary (pure; see docs/audit.md): the closed set of action names, target types,
 * the request metadata every event carries, and the details sanitiser (no passwords or secrets, small).
 * Writing rows is lib/data/audit.ts; reading the metadata at the edge is lib/audit-meta.ts.
 */
import { z } from "zod";
import { clientIpFrom } from "@/lib/security/client-ip";

/** Every action the log can hold. Add new names here (and to docs/audit.md) before recording them. */
export const AUDIT_ACTIONS = [
  "auth.sign_in.succeeded",
  "auth.sign_in.failed",
  "auth.sso_sign_in.succeeded",
  "auth.sso_sign_in.failed",
  "auth.password_reset.requested",
  "auth.password_reset.completed",
  "sso.config.updated",
  "sso.config.deleted",
  "member.role_changed",
  "member.removed",
  "invite.created",
  "invite.revoked",
  "invite.accepted",
  "account.deleted",
  "org.exported",
  "model.imported",
  "result.imported",
  "assessment.submitted",
  "consensus.recorded",
  "workshop.ended",
  "plan.exported",
  "audit.retention_changed",
  "audit.exported",
  "api_token.created",
  "api_token.revoked",
  "api_token.use_failed",
  "webhook.created",
  "webhook.enabled",
  "webhook.disabled",
  "webhook.deleted",
  "jira.config.updated",
  "jira.config.deleted",
  "jira.issue_created",
  "share_link.created",
  "share_link.revoked",
  "report.downloaded",
  "campaign.created",
  "campaign.reminders_sent",
  "campaign.closed",
  "org.evidence_freshness_changed",
] as const;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];
export const ZAuditAction = z.enum(AUDIT_ACTIONS);

export const AUDIT_TARGET_TYPES = [
  "user",
  "membership",
  "invite",
  "organization",
  "sso_config",
  "model",
  "assessment",
  "workshop",
  "plan",
  "api_token",
  "webhook",
  "jira_config",
  "plan_step",
  "share_link",
  "report",
  "campaign",
] as const;
export type TAuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/** Who/where a request came from; read once at the edge (lib/audit-meta.ts) and passed down. */
export type TAuditMeta = Readonly<{ ip: string | null; userAgent: string | null; requestId: string | null }>;

/** For scripts, jobs and tests: no request behind the change. */
export const NO_AUDIT_META: TAuditMeta = Object.freeze({ ip: null, userAgent: null, requestId: null });

const MAX_IP = 64;
const MAX_USER_AGENT = 512;
const MAX_REQUEST_ID = 128;

const clip = (value: string | null | undefined, max: number): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : null;
};

/**
 * The metadata from request headers: the client address as our own proxies vouch for it (the same rule
 * as the rate limits, lib/security/client-ip.ts: never a client-supplied first X-Forwarded-For hop, so
 * nobody can write someone else's address into the audit log), the User-Agent, and the request id set
 * by lib/observability/http-hook.ts (X-Request-Id).
 */
export function auditMetaFromHeaders(
  get: (name: string) => string | null | undefined,
  peer: { remoteAddress: string | undefined; trustedHops: number },
): TAuditMeta {
  const ip = clientIpFrom(get("x-forwarded-for") ?? null, peer.remoteAddress, peer.trustedHops);
  return {
    ip: clip(ip === "unknown" ? null : ip, MAX_IP),
    userAgent: clip(get("user-agent"), MAX_USER_AGENT),
    requestId: clip(get("x-request-id"), MAX_REQUEST_ID),
  };
}

export type TAuditDetailValue = string | number | boolean | null;
export type TAuditDetails = Record<string, TAuditDetailValue | TAuditDetailValue[]>;

/** Keys that never go into the log, whatever a caller passes. */
const SECRET_KEY = /pass(word)?|secret|token|hash|cookie|authorization|credential|api[_-]?key/i;
const MAX_DETAIL_KEYS = 20;
const MAX_DETAIL_STRING = 500;

/** A small, secret-free copy of `details`: known-secret keys dropped, strings clipped, at most 20 keys. */
export function sanitizeAuditDetails(details: TAuditDetails | undefined): TAuditDetails {
  const out: TAuditDetails = {};
  if (!details) return out;
  const clipValue = (v: TAuditDetailValue): TAuditDetailValue =>
    typeof v === "string"
      ? v.slice(0, MAX_DETAIL_STRING)
      : typeof v === "number" && !Number.isFinite(v)
        ? null
        : v;
  for (const [key, value] of Object.entries(details).slice(0, MAX_DETAIL_KEYS)) {
    if (SECRET_KEY.test(key) || value === undefined) continue;
    out[key.slice(0, 64)] = Array.isArray(value) ? value.slice(0, 50).map(clipValue) : clipValue(value);
  }
  return out;
}

/** Retention in days per organization: default 365, between 30 days and 10 years. */
export const AUDIT_RETENTION = { defaultDays: 365, minDays: 30, maxDays: 3650 } as const;
export const ZAuditRetentionDays = z.coerce
  .number({ error: "Enter a number of days." })
  .int("Enter a whole number of days.")
  .min(AUDIT_RETENTION.minDays, `Keep events at least ${AUDIT_RETENTION.minDays} days.`)
  .max(AUDIT_RETENTION.maxDays, `Keep events at most ${AUDIT_RETENTION.maxDays} days.`);
