/**
 * Starts what the e2e specs need besides the app: a real OpenID Provider (tests/support/oidc-provider.ts)
 * on a free 127.0.0.1 port, accepting the callbacks of both `next start` instances. Specs read its
 * issuer from E2E_OIDC_ISSUER; the returned function stops it after the run.
 */
import { startTestIdp } from "../support/oidc-provider";

export default async function globalSetup() {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const idp = await startTestIdp([port, port + 1].map((p) => `http://localhost:${p}/api/sso/callback`));
  process.env.E2E_OIDC_ISSUER = idp.issuer;
  return () => idp.close();
}
