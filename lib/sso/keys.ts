/** Keys for SSO secrets and the flow cookie, from the environment (docs/sso.md "Environment"). */
import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { deriveKey, parseEncryptionKey } from "./secret-box";

let warned = false;

/**
 * The key that seals IdP client secrets: STEPWISE_ENCRYPTION_KEY. Without it, development and tests
 * derive one from NEXTAUTH_SECRET (logged once); production returns null and SSO settings cannot be saved.
 */
export function secretsKey(): Buffer | null {
  const e = env();
  if (e.STEPWISE_ENCRYPTION_KEY) return parseEncryptionKey(e.STEPWISE_ENCRYPTION_KEY);
  if (e.NODE_ENV === "production") return null;
  if (!warned) {
    warned = true;
    logger.warn(
      "STEPWISE_ENCRYPTION_KEY is unset: SSO client secrets are sealed with a development key derived from NEXTAUTH_SECRET",
    );
  }
  return deriveKey(e.NEXTAUTH_SECRET, "sso-client-secrets-dev");
}

/** The key of the short-lived SSO flow cookie (derived from NEXTAUTH_SECRET, like the session). */
export const flowKey = () => deriveKey(env().NEXTAUTH_SECRET, "sso-flow-cookie");

/** SSO_ALLOW_INSECURE_ISSUERS=true permits http:// and private-network issuers (development, tests). */
export const allowInsecureIssuers = () => env().SSO_ALLOW_INSECURE_ISSUERS;
