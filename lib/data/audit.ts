/**
 * The audit log (docs/audit.md): one append-only table, written only through `recordAudit`, inside the
 * same transaction as the change it records, so a change and its audit row commit or roll back together.
 * The database refuses UPDATE/TRUNCATE and any DELETE of a row still within its retention (trigger in
 * the audit_log migration); `pruneAuditEvents` deletes exactly the rows past retention.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import type { OrgContext } from "@/lib/authz/context";
import { hasRole } from "@/lib/authz/roles";
import {
  AUDIT_RETENTION,
  sanitizeAuditDetails,
  ZAuditAction,
  ZAuditRetentionDays,
  type TAuditAction,
  type TAuditDetails,
  type TAuditMeta,
  type TAuditTargetType,
} from "@/lib/audit/events";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type { TAuditMeta } from "@/lib/audit/events";

/**
 * Who did it, in which organization, from where. An OrgContext plus the request's meta fits:
 * `recordAudit(tx, { ...ctx, meta }, …)`. `actorLabel` defaults to the user's "name <email>" (looked up
 * in the same statement), and is what the log shows once the user is gone.
 */
export type TAuditContext = Readonly<{
  orgId: string | null;
  userId: string | null;
  actorLabel?: string;
  meta: TAuditMeta;
}>;

export type TAuditTarget = Readonly<{ type: TAuditTargetType; id: string; label?: string }>;

export type TAuditEvent = Readonly<{ action: TAuditAction; target?: TAuditTarget; details?: TAuditDetails }>;

/** Any Prisma client: the transaction of the change being recorded (or `db` for a change-less event). */
export type TAuditClient = TTx;

/** Writes one audit row with `tx`: call it inside the transaction that makes the change. */
export async function recordAudit(tx: TAuditClient, ctx: TAuditContext, event: TAuditEvent): Promise<void> {
  const action = ZAuditAction.parse(event.action); // the closed set, also for untyped callers
  const details = JSON.stringify(sanitizeAuditDetails(event.details));
  const { meta } = ctx;
  const label = ctx.actorLabel?.trim().slice(0, 300) || null;
  // clock_timestamp(), not now(): several events of one transaction keep their order.
  await tx.$executeRaw`
    INSERT INTO audit_events (id, organization_id, actor_user_id, actor_label, action, target_type, target_id,
                              target_label, occurred_at, ip, user_agent, request_id, details)
    VALUES (${randomUUID()}, ${ctx.orgId}, ${ctx.userId},
            COALESCE(${label}::text,
                     (SELECT u.name || ' <' || u.email || '>' FROM users u WHERE u.id = ${ctx.userId}::text),
                     ${ctx.userId}::text, 'system'),
            ${action}, ${event.target?.type ?? null}, ${event.target?.id ?? null},
            ${event.target?.label?.slice(0, 300) ?? null}, clock_timestamp() AT TIME ZONE 'UTC',
            ${meta.ip}, ${meta.userAgent}, ${meta.requestId}, ${details}::jsonb)`;
}

// ---------------------------------------------------------------------------------------------------
// Retention and pruning

function requireAdmin(ctx: OrgContext) {
  // NOT_FOUND, like a missing org: a non-admin learns nothing about the audit log.
  if (!hasRole(ctx.role, "ADMIN")) throw new AppError("NOT_FOUND", "Page not found.");
}

export async function getAuditRetentionDays(ctx: OrgContext): Promise<number> {
  requireAdmin(ctx);
  const org = await db.organization.findUnique({
    where: { id: ctx.orgId },
    select: { auditRetentionDays: true },
  });
  return org?.auditRetentionDays ?? AUDIT_RETENTION.defaultDays;
}

/** ADMIN only; the change is itself audited. */
export async function setAuditRetentionDays(ctx: OrgContext, days: number, meta: TAuditMeta) {
  requireAdmin(ctx);
  const parsed = ZAuditRetentionDays.safeParse(days);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Invalid retention.";
    throw new AppError("INVALID_INPUT", message, { days: [message] });
  }
  await db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: ctx.orgId },
      select: { auditRetentionDays: true },
    });
    await tx.organization.update({ where: { id: ctx.orgId }, data: { auditRetentionDays: parsed.data } });
    await recordAudit(
      tx,
      { ...ctx, meta },
      {
        action: "audit.retention_changed",
        target: { type: "organization", id: ctx.orgId, label: ctx.orgName },
        details: { fromDays: before.auditRetentionDays, toDays: parsed.data },
      },
    );
  });
}

/** Advisory-lock key of the prune job ("stepwise.audit_prune"), so one instance prunes at a time. */
export const AUDIT_PRUNE_LOCK_KEY = 7_301_952_114;

export type TPruneResult = { ran: boolean; deleted: number };

/**
 * Deletes every audit row older than its organization's retention (365 days for rows without one).
 * Returns `ran: false` when another process holds the prune lock.
 */
export async function pruneAuditEvents(): Promise<TPruneResult> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<Array<{ locked: boolean }>>`
        SELECT pg_try_advisory_xact_lock(${AUDIT_PRUNE_LOCK_KEY}::bigint) AS locked`;
      if (!lock?.locked) return { ran: false, deleted: 0 };
      // The same condition as the append-only trigger, so it never refuses these rows.
      const inOrgs = await tx.$executeRaw`
        DELETE FROM audit_events a USING organizations o
        WHERE a.organization_id = o.id
          AND a.occurred_at < (now() AT TIME ZONE 'UTC') - make_interval(days => o.audit_retention_days)`;
      const orgless = await tx.$executeRaw`
        DELETE FROM audit_events
        WHERE organization_id IS NULL
          AND occurred_at < (now() AT TIME ZONE 'UTC') - make_interval(days => ${AUDIT_RETENTION.defaultDays}::int)`;
      return { ran: true, deleted: inOrgs + orgless };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** For events that change nothing (an export was served): the row is written on its own. */
export async function recordAuditNow(ctx: TAuditContext, event: TAuditEvent): Promise<void> {
  await recordAudit(db, ctx, event);
}

// ---------------------------------------------------------------------------------------------------
// Reading (admins only)

export type TAuditFilter = Readonly<{
  /** Matches the actor's label (name or email, case-insensitive substring) or exact user id. */
  actor: string | null;
  action: TAuditAction | null;
  /** Inclusive UTC day bounds (YYYY-MM-DD). */
  from: string | null;
  to: string | null;
}>;

export type TAuditRow = Readonly<{
  id: string;
  occurredAt: Date;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: Prisma.JsonValue;
}>;

function whereOf(ctx: OrgContext, filter: TAuditFilter): Prisma.AuditEventWhereInput {
  const occurredAt: Prisma.DateTimeFilter = {};
  if (filter.from) occurredAt.gte = new Date(`${filter.from}T00:00:00.000Z`);
  if (filter.to) occurredAt.lt = new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + 86_400_000);
  const actor = filter.actor?.trim();
  return {
    organizationId: ctx.orgId, // tenancy: only this organization's events, ever
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to ? { occurredAt } : {}),
    ...(actor
      ? { OR: [{ actorUserId: actor }, { actorLabel: { contains: actor, mode: "insensitive" as const } }] }
      : {}),
  };
}

const rowSelect = {
  id: true,
  occurredAt: true,
  actorUserId: true,
  actorLabel: true,
  action: true,
  targetType: true,
  targetId: true,
  targetLabel: true,
  ip: true,
  userAgent: true,
  requestId: true,
  details: true,
} satisfies Prisma.AuditEventSelect;

export const AUDIT_PAGE_SIZE = 50;

/** One page of the organization's events, newest first (ADMIN only; anyone else gets NOT_FOUND). */
export async function listAuditEvents(
  ctx: OrgContext,
  filter: TAuditFilter,
  page: number,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<{ rows: TAuditRow[]; total: number; page: number; pageCount: number }> {
  requireAdmin(ctx);
  const where = whereOf(ctx, filter);
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.auditEvent.findMany({
    where,
    select: rowSelect,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
  });
  return { rows, total, page: current, pageCount };
}

/** Most rows one CSV download holds; narrow the filters for more. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

/**
 * Every matching event for the CSV download (ADMIN only, at most AUDIT_EXPORT_MAX_ROWS), and the
 * download itself is audited.
 */
export async function exportAuditEvents(
  ctx: OrgContext,
  filter: TAuditFilter,
  meta: TAuditMeta,
): Promise<{ rows: TAuditRow[]; isTruncated: boolean }> {
  requireAdmin(ctx);
  const rows = await db.auditEvent.findMany({
    where: whereOf(ctx, filter),
    select: rowSelect,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: AUDIT_EXPORT_MAX_ROWS + 1,
  });
  const isTruncated = rows.length > AUDIT_EXPORT_MAX_ROWS;
  await recordAuditNow(
    { ...ctx, meta },
    {
      action: "audit.exported",
      target: { type: "organization", id: ctx.orgId, label: ctx.orgName },
      details: {
        rows: Math.min(rows.length, AUDIT_EXPORT_MAX_ROWS),
        actor: filter.actor,
        action: filter.action,
        from: filter.from,
        to: filter.to,
      },
    },
  );
  return { rows: rows.slice(0, AUDIT_EXPORT_MAX_ROWS), isTruncated };
}
