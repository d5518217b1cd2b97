/** Session-bound entry points for pages, actions and route handlers. */
import "server-only";
import { cache } from "react";
import { getSessionIdentity, getSessionUserId, type TSessionIdentity } from "@/lib/auth";
import { resolveOrgContext, type OrgContext } from "./context";
import { LruCache } from "@/lib/cache/lru";
import { orgRequiresSso } from "@/lib/data/sso";
import { AppError, SsoRequiredError } from "@/lib/errors";
import { assertRole, hasRole, type TOrgRole } from "./roles";

export async function requireUserId(): Promise<string> {
  const userId = await getSessionUserId();
  if (!userId) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  return userId;
}

async function requireIdentity(): Promise<TSessionIdentity> {
  const identity = await getSessionIdentity();
  if (!identity) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  return identity;
}

/**
 * How the session was signed in must suit the organization (docs/sso.md): a session from an
 * organization's SSO opens only that organization (its IdP vouches for nobody else), and an
 * organization that turned password sign-in off opens only to a session from its own SSO.
 */
async function checkSignInMethod(ctx: OrgContext, identity: TSessionIdentity) {
  if (identity.ssoOrgId === ctx.orgId) return;
  if (identity.ssoOrgId !== null) {
    throw new SsoRequiredError(
      ctx.orgSlug,
      "You are signed in through another organization's single sign-on. Sign in again to open this organization.",
    );
  }
  if (await orgRequiresSso(ctx.orgId))
    throw new SsoRequiredError(
      ctx.orgSlug,
      `${ctx.orgName} requires single sign-on. Continue with SSO to open it.`,
    );
}

/** Membership, role and sign-in method checked against the database on every request (cached within one). */
export const requireOrg = cache(async (orgSlug: string, minRole: TOrgRole = "VIEWER") => {
  const identity = await requireIdentity();
  const ctx = await resolveOrgContext(identity.userId, orgSlug, minRole, identity.sessionVersion);
  await checkSignInMethod(ctx, identity);
  return ctx;
});

// userId + org slug → context, for the write path below only.
const recentContexts = new LruCache<string, OrgContext>(5_000, 10_000);

/**
 * requireOrg for writes whose SQL re-checks membership, role and team itself (saveAnswer, see
 * lib/data/answer-save.ts): the context may be up to 10 s old, because there it only supplies the
 * organization id and pre-filters roles; a removed or demoted member is still refused by the write.
 * A cached context that fails `minRole` is looked up again, so a promotion applies at once.
 */
export async function requireOrgForCheckedWrite(orgSlug: string, minRole: TOrgRole): Promise<OrgContext> {
  const identity = await requireIdentity();
  const key = `${identity.userId}\n${identity.ssoOrgId ?? ""}\n${identity.sessionVersion}\n${orgSlug}`;
  const known = recentContexts.get(key);
  if (known && hasRole(known.role, minRole)) return known;
  const ctx = await resolveOrgContext(identity.userId, orgSlug, "VIEWER", identity.sessionVersion);
  await checkSignInMethod(ctx, identity);
  recentContexts.set(key, ctx);
  assertRole(ctx, minRole);
  return ctx;
}
