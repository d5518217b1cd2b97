/** Session-bound entry points for pages, actions and route handlers. */
import "server-only";
import { cache } from "react";
import { getSessionUserId } from "@/lib/auth";
import { resolveOrgContext, type OrgContext } from "@/lib/authz";
import { LruCache } from "@/lib/cache/lru";
import { AppError } from "@/lib/errors";
import { hasRole, type TOrgRole } from "@/lib/roles";

export async function requireUserId(): Promise<string> {
  const userId = await getSessionUserId();
  if (!userId) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  return userId;
}

/** Membership and role checked against the database on every request (cached within one). */
export const requireOrg = cache(async (orgSlug: string, minRole: TOrgRole = "VIEWER") =>
  resolveOrgContext(await requireUserId(), orgSlug, minRole),
);

// userId + org slug → context, for the write path below only.
const recentContexts = new LruCache<string, OrgContext>(5_000, 10_000);

/**
 * requireOrg for writes whose SQL re-checks membership, role and team itself (saveAnswer, see
 * lib/data/answer-save.ts): the context may be up to 10 s old, because there it only supplies the
 * organization id and pre-filters roles; a removed or demoted member is still refused by the write.
 * A cached context that fails `minRole` is looked up again, so a promotion applies at once.
 */
export async function requireOrgForCheckedWrite(orgSlug: string, minRole: TOrgRole): Promise<OrgContext> {
  const userId = await requireUserId();
  const key = `${userId}\n${orgSlug}`;
  const known = recentContexts.get(key);
  if (known && hasRole(known.role, minRole)) return known;
  const ctx = await resolveOrgContext(userId, orgSlug, "VIEWER");
  recentContexts.set(key, ctx);
  if (!hasRole(ctx.role, minRole)) throw new AppError("FORBIDDEN", "Your role does not allow this.");
  return ctx;
}
