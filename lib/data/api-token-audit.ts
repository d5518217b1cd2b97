/**
 * Audit entries for API tokens (create, use failure, revoke), written through the organization audit
 * log (lib/data/audit.ts) inside the caller's transaction where there is one, so an entry exists
 * exactly when the change does.
 */
import "server-only";
import type { Prisma } from "@prisma/client";
import { NO_AUDIT_META, type TAuditDetails, type TAuditMeta } from "@/lib/audit/events";
import type { OrgContext } from "@/lib/authz";
import { currentRequestId } from "@/lib/observability/request-context";
import { recordAudit } from "./audit";

export type TTokenAuditAction = "api_token.created" | "api_token.revoked" | "api_token.use_failed";

/** Only scalar details are kept (the audit log's details are a small flat object). */
function scalars(details: Readonly<Record<string, unknown>>): TAuditDetails {
  const out: TAuditDetails = {};
  for (const [key, value] of Object.entries(details)) {
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) {
      out[key] = value as string | number | boolean | null;
    } else if (value instanceof Date) {
      out[key] = value.toISOString();
    }
  }
  return out;
}

export async function auditTokenEvent(
  tx: Prisma.TransactionClient,
  ctx: Pick<OrgContext, "orgId" | "userId">,
  action: TTokenAuditAction,
  tokenId: string,
  details: Readonly<Record<string, unknown>>,
  meta: TAuditMeta = { ...NO_AUDIT_META, requestId: currentRequestId() ?? null },
): Promise<void> {
  const ip = typeof details.ip === "string" ? details.ip : null;
  await recordAudit(
    tx,
    { orgId: ctx.orgId, userId: ctx.userId, meta: ip && !meta.ip ? { ...meta, ip } : meta },
    { action, target: { type: "api_token", id: tokenId }, details: scalars(details) },
  );
}
