/**
 * POST /api/sso/start (form: `identifier` = work email or organization slug, `callbackUrl`): finds the
 * organization's SSO, stores state, nonce and PKCE verifier in a sealed cookie and sends the browser to
 * the IdP. Every refusal goes back to /sign-in with a code the page explains (never a 500).
 */
import { z } from "zod";
import { configuredOrigin } from "@/lib/env";
import { consumeRateLimit } from "@/lib/data/rate-limit";
import { findSsoOrganization, loadOrgIdp } from "@/lib/data/sso";
import { clientIp, isSecureRequest } from "@/lib/http/workshop-session";
import { logger } from "@/lib/logger";
import { readBodyText } from "@/lib/route";
import { isSameOrigin } from "@/lib/security/same-origin";
import { FLOW_COOKIE, FLOW_COOKIE_PATH, FLOW_TTL_SECONDS, safeCallbackPath, sealFlow } from "@/lib/sso/flow";
import { callbackUri, toSignInWithError, seeOther } from "@/lib/sso/http";
import { flowKey } from "@/lib/sso/keys";
import { SSO_LIMITS } from "@/lib/sso/limits";
import { beginAuthorization, OidcFlowError } from "@/lib/sso/oidc";
import { zText } from "@/lib/validation/text";

const ZStart = z.object({
  identifier: zText().trim().min(1).max(254),
  callbackUrl: zText().max(2000).optional(),
});

/** The form is two short fields: anything longer is not it. */
const MAX_FORM_BYTES = 8 * 1024;

/**
 * The sign-in page's form posts here (urlencoded, no session needed), so the CSRF rule of the JSON
 * handlers (lib/route.ts) applies in its form variant: the browser's Origin must name this site, and the
 * body is read with a cap. Bad input goes back to sign-in (BAD_INPUT), never a 500.
 */
async function readStartForm(request: Request): Promise<URLSearchParams | null> {
  if (!isSameOrigin(request.headers, configuredOrigin())) return null;
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") return null;
  try {
    return new URLSearchParams(await readBodyText(request, MAX_FORM_BYTES));
  } catch {
    return null;
  }
}

export async function POST(request: Request): Promise<Response> {
  const form = await readStartForm(request);
  if (!form) return toSignInWithError("BAD_INPUT");
  const parsed = ZStart.safeParse({
    identifier: form.get("identifier") ?? undefined,
    callbackUrl: form.get("callbackUrl") ?? undefined,
  });
  if (!parsed.success) return toSignInWithError("BAD_INPUT");
  const identifier = parsed.data.identifier.toLowerCase();
  const callbackPath = safeCallbackPath(parsed.data.callbackUrl);
  const back = { identifier: identifier.slice(0, 254), callbackUrl: callbackPath };

  const [byIp, byIdentifier] = await Promise.all([
    consumeRateLimit(`sso-start:ip:${clientIp(request)}`, SSO_LIMITS.startPerIp),
    consumeRateLimit(`sso-start:id:${identifier}`, SSO_LIMITS.startPerIdentifier),
  ]);
  if (!byIp.isAllowed || !byIdentifier.isAllowed) return toSignInWithError("RATE_LIMITED", back);

  const isEmail = identifier.includes("@");
  const lookup = await findSsoOrganization(isEmail ? { email: identifier } : { orgSlug: identifier });
  if (!lookup.ok) return toSignInWithError(lookup.code, back);
  const org = await loadOrgIdp(lookup.orgId);
  if (!org.ok) return toSignInWithError(org.code, back);

  try {
    const redirectUri = callbackUri(request);
    const auth = await beginAuthorization(org.idp, redirectUri, isEmail ? identifier : undefined);
    const sealed = sealFlow(
      {
        orgId: lookup.orgId,
        state: auth.state,
        nonce: auth.nonce,
        verifier: auth.verifier,
        redirectUri,
        callbackPath,
        expiresAt: Date.now() + FLOW_TTL_SECONDS * 1000,
      },
      flowKey(),
    );
    return seeOther(auth.url.toString(), [
      {
        name: FLOW_COOKIE,
        value: sealed,
        path: FLOW_COOKIE_PATH,
        maxAge: FLOW_TTL_SECONDS,
        secure: isSecureRequest(request),
      },
    ]);
  } catch (err) {
    if (err instanceof OidcFlowError) return toSignInWithError(err.code, back);
    logger.error({ err }, "sso start failed");
    return toSignInWithError("IDP_ERROR", back);
  }
}
