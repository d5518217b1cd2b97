/**
 * The OpenID Connect Authorization Code flow with PKCE, through `openid-client` (v6): discovery, the
 * authorization URL, and the code exchange with state, nonce and ID-token checks. Errors come back as
 * SSO error codes (lib/sso/rules.ts), never as exceptions with IdP text in them.
 */
import "server-only";
import * as client from "openid-client";
import { createHash } from "node:crypto";
import { LruCache } from "@/lib/cache/lru";
import { logger } from "@/lib/logger";

const TIMEOUT_SECONDS = 10;
const SCOPE = "openid email profile";
// Discovery documents change rarely; a failed discovery is never cached.
const configurations = new LruCache<string, client.Configuration>(200, 10 * 60_000);

export type TIdpSettings = Readonly<{
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowInsecure: boolean;
}>;

export type TOidcErrorCode =
  "IDP_UNREACHABLE" | "CLIENT_REJECTED" | "IDP_ERROR" | "IDP_DENIED" | "INVALID_RESPONSE";
export class OidcFlowError extends Error {
  constructor(
    readonly code: TOidcErrorCode,
    cause?: unknown,
  ) {
    super(code, { cause });
    this.name = "OidcFlowError";
  }
}

async function configuration(idp: TIdpSettings): Promise<client.Configuration> {
  const key = createHash("sha256")
    .update(JSON.stringify([idp.issuer, idp.clientId, idp.clientSecret, idp.allowInsecure]))
    .digest("base64url");
  const known = configurations.get(key);
  if (known) return known;
  try {
    const config = await client.discovery(
      new URL(idp.issuer),
      idp.clientId,
      undefined,
      client.ClientSecretBasic(idp.clientSecret),
      { timeout: TIMEOUT_SECONDS, ...(idp.allowInsecure ? { execute: [client.allowInsecureRequests] } : {}) },
    );
    config.timeout = TIMEOUT_SECONDS;
    configurations.set(key, config);
    return config;
  } catch (err) {
    logger.warn({ err, issuer: idp.issuer }, "sso discovery failed");
    throw new OidcFlowError("IDP_UNREACHABLE", err);
  }
}

/** Fetches the issuer's discovery document: the settings page checks an issuer before saving it. */
export async function checkDiscovery(idp: TIdpSettings): Promise<void> {
  await configuration(idp);
}

/** Fresh state, nonce and PKCE verifier, and the IdP URL to send the browser to. */
export async function beginAuthorization(idp: TIdpSettings, redirectUri: string, loginHint?: string) {
  const config = await configuration(idp);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
    ...(loginHint ? { login_hint: loginHint } : {}),
  });
  return { url, state, nonce, verifier };
}

export type TIdpClaims = Readonly<Record<string, unknown> & { sub: string; iss: string }>;

/**
 * Exchanges the code from `callbackUrl` (checking state, nonce, PKCE, the ID token's signature,
 * issuer, audience and expiry) and returns the ID token claims, completed from the userinfo endpoint
 * when the ID token lacks the email.
 */
export async function completeAuthorization(
  idp: TIdpSettings,
  callbackUrl: URL,
  expected: { state: string; nonce: string; verifier: string },
): Promise<TIdpClaims> {
  const config = await configuration(idp);
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      pkceCodeVerifier: expected.verifier,
      idTokenExpected: true,
    });
  } catch (err) {
    throw new OidcFlowError(classify(err), err);
  }
  const idClaims = tokens.claims();
  if (!idClaims) throw new OidcFlowError("INVALID_RESPONSE");
  let claims: Record<string, unknown> = { ...idClaims };
  if (
    (claims.email === undefined || claims.email_verified === undefined) &&
    config.serverMetadata().userinfo_endpoint
  ) {
    try {
      const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      claims = {
        ...info,
        ...claims,
        email: claims.email ?? info.email,
        email_verified: claims.email_verified ?? info.email_verified,
      };
    } catch (err) {
      logger.warn({ err, issuer: idp.issuer }, "sso userinfo failed");
    }
  }
  return claims as TIdpClaims;
}

function classify(err: unknown): TOidcErrorCode {
  if (err instanceof client.AuthorizationResponseError)
    return err.error === "access_denied" ? "IDP_DENIED" : "IDP_ERROR";
  if (err instanceof client.ResponseBodyError)
    return err.error === "invalid_client" || err.error === "unauthorized_client"
      ? "CLIENT_REJECTED"
      : "IDP_ERROR";
  if (err instanceof client.WWWAuthenticateChallengeError) return "CLIENT_REJECTED";
  if (err instanceof client.ClientError) {
    logger.warn({ err }, "sso response rejected");
    return "INVALID_RESPONSE";
  }
  logger.warn({ err }, "sso token exchange failed");
  return "IDP_UNREACHABLE";
}
