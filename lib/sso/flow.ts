/**
 * The pending SSO sign-in, kept between /api/sso/start and /api/sso/callback in one sealed, HttpOnly
 * cookie bound to this browser: which organization, the state and nonce sent to the IdP, the PKCE
 * verifier, the redirect URI used, and where to go afterwards. Ten minutes to finish.
 */
import { z } from "zod";
import { openSecret, sealSecret } from "./secret-box";

export const FLOW_COOKIE = "stepwise-sso-flow";
export const FLOW_COOKIE_PATH = "/api/sso/callback";
export const FLOW_TTL_SECONDS = 600;
const CONTEXT = "sso-flow";

const ZFlow = z.object({
  orgId: z.string().min(1),
  state: z.string().min(16),
  nonce: z.string().min(16),
  verifier: z.string().min(43),
  redirectUri: z.url(),
  callbackPath: z.string().startsWith("/"),
  expiresAt: z.number().int(),
});
export type TSsoFlow = z.output<typeof ZFlow>;

export const sealFlow = (flow: TSsoFlow, key: Buffer) => sealSecret(JSON.stringify(flow), key, CONTEXT);

/** The flow if the cookie is intact and not expired, else null. */
export function openFlow(value: string | undefined, key: Buffer, now = Date.now()): TSsoFlow | null {
  if (!value) return null;
  const plain = openSecret(value, key, CONTEXT);
  if (!plain) return null;
  try {
    const flow = ZFlow.parse(JSON.parse(plain));
    return flow.expiresAt > now ? flow : null;
  } catch {
    return null;
  }
}

/** A local path to return to after sign-in (never another origin). */
export const safeCallbackPath = (value: string | undefined | null) =>
  value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/orgs";
