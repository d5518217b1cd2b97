/**
 * Audit events for API tokens (created, revoked, refused use), written with recordAudit inside the
 * caller's transaction where there is one, so an event exists exactly when the change does.
 */
import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import type { TAuditDetails, TAuditMeta } from "@/lib/audit/events";
import { recordAudit, type TAuditClient } from "./audit";

export type TTokenAuditAction = "api_token.created" | "api_token.revoked" | "api_token.use_failed";

export async function auditTokenEvent(
  tx: TAuditClient,
  ctx: Pick<OrgContext, "orgId" | "userId">,
  meta: TAuditMeta,
  action: TTokenAuditAction,
  token: Readonly<{ id: string; name: string }>,
  details: TAuditDetails,
): Promise<void> {
  await recordAudit(
    tx,
    { orgId: ctx.orgId, userId: ctx.userId, meta },
    { action, target: { type: "api_token", id: token.id, label: token.name }, details },
  );
}
