/**
 * GET /api/sso/callback: the IdP's redirect after sign-in. Checks the sealed flow cookie and the state,
 * exchanges the code (PKCE, nonce, ID token checks in openid-client), applies the claims in one
 * transaction (link or create the account, just-in-time membership) and sets the same next-auth
 * session cookie a password sign-in gets, scoped to this organization. Failures go back to /sign-in
 * with a code; nothing is created for a refused sign-in.
 */
import { timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { auditMetaOf } from "@/lib/audit-meta";
import { mintSsoSessionCookie } from "@/lib/auth";
import { consumeRateLimit } from "@/lib/data/rate-limit";
import { completeSsoSignIn, loadOrgIdp, recordSsoFailure } from "@/lib/data/sso";
import { clientIp, isSecureRequest } from "@/lib/http/workshop-session";
import { logger } from "@/lib/logger";
import { orgPath } from "@/lib/paths";
import { FLOW_COOKIE, FLOW_COOKIE_PATH, openFlow } from "@/lib/sso/flow";
import { seeOther, toSignInWithError, type TCookie } from "@/lib/sso/http";
import { flowKey } from "@/lib/sso/keys";
import { SSO_LIMITS } from "@/lib/sso/limits";
import { completeAuthorization, OidcFlowError } from "@/lib/sso/oidc";

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const clearFlow: TCookie = {
    name: FLOW_COOKIE,
    value: "",
    path: FLOW_COOKIE_PATH,
    maxAge: 0,
    secure: isSecureRequest(request),
  };
  const fail = (code: string) => toSignInWithError(code, {}, [clearFlow]);

  const byIp = await consumeRateLimit(`sso-callback:ip:${clientIp(request)}`, SSO_LIMITS.callbackPerIp);
  if (!byIp.isAllowed) return fail("RATE_LIMITED");

  const flow = openFlow((await cookies()).get(FLOW_COOKIE)?.value, flowKey());
  if (!flow) return fail("FLOW_EXPIRED");
  const meta = auditMetaOf(request);
  const refuse = async (code: string, email: string | null = null) => {
    await recordSsoFailure(flow.orgId, code, email, meta);
    return fail(code);
  };

  const state = url.searchParams.get("state") ?? "";
  if (!sameText(state, flow.state)) return refuse("STATE_MISMATCH");
  const idpError = url.searchParams.get("error");
  if (idpError) return refuse(idpError === "access_denied" ? "IDP_DENIED" : "IDP_ERROR");

  const org = await loadOrgIdp(flow.orgId);
  if (!org.ok) return refuse(org.code);

  try {
    // The code is redeemed with the redirect URI the flow started with (not the internal request URL).
    const responseUrl = new URL(flow.redirectUri);
    responseUrl.search = url.search;
    const claims = await completeAuthorization(org.idp, responseUrl, flow);
    const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : null;
    if (email) {
      const byEmail = await consumeRateLimit(`sso-callback:email:${email}`, SSO_LIMITS.callbackPerEmail);
      if (!byEmail.isAllowed) return refuse("RATE_LIMITED", email);
    }
    const result = await completeSsoSignIn(flow.orgId, claims, meta);
    if (!result.ok) return refuse(result.code, result.email);
    const session = await mintSsoSessionCookie(result.user, flow.orgId, request);
    const target = flow.callbackPath === "/orgs" ? orgPath(result.orgSlug) : flow.callbackPath;
    return seeOther(target, [
      clearFlow,
      {
        name: session.name,
        value: session.value,
        path: session.options.path,
        maxAge: session.options.maxAge,
        secure: session.options.secure,
      },
    ]);
  } catch (err) {
    if (err instanceof OidcFlowError) return refuse(err.code);
    logger.error({ err }, "sso callback failed");
    return refuse("IDP_ERROR");
  }
}
