/**
 * Audit entries for API tokens (create, use failure, revoke). Written inside the caller's transaction
 * where there is one, so an entry exists exactly when the change does.
 */
import "server-only";
import type { Prisma } from "@prisma/client";
import type { OrgContext } from "@/lib/authz";
import { logger } from "@/lib/logger";

export type TTokenAuditAction = "api_token.created" | "api_token.revoked" | "api_token.use_failed";

export async function auditTokenEvent(
  _tx: Prisma.TransactionClient,
  ctx: Pick<OrgContext, "orgId" | "userId">,
  action: TTokenAuditAction,
  tokenId: string,
  details: Readonly<Record<string, unknown>>,
): Promise<void> {
  // Until the organization audit log exists, token events go to the structured log.
  logger.info({ audit: true, action, orgId: ctx.orgId, actorId: ctx.userId, tokenId, ...details }, action);
}
