/**
 * A real OpenID Provider for tests: the `oidc-provider` package on a free 127.0.0.1 port, with its
 * development login and consent pages (devInteractions: any password, the login name picks the test
 * user). One confidential client (client_secret_basic, PKCE required) per run.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export type TTestIdpUser = Readonly<{
  email: string;
  email_verified: boolean;
  name: string;
  groups?: string[];
}>;

/** Test users by login name (typed into the provider's login page). */
export const TEST_IDP_USERS: Record<string, TTestIdpUser> = {
  "new.person": { email: "new.person@sso-e2e.test", email_verified: true, name: "New Person" },
  "platform.admin": {
    email: "platform.admin@sso-e2e.test",
    email_verified: true,
    name: "Platform Admin",
    groups: ["platform-admins"],
  },
  outsider: { email: "outsider@elsewhere.test", email_verified: true, name: "Out Sider" },
  unverified: { email: "unverified@sso-e2e.test", email_verified: false, name: "Not Verified" },
};

export const TEST_IDP_CLIENT = {
  clientId: "stepwise-test",
  clientSecret: "stepwise-test-client-secret-0123456789",
};

export type TTestIdp = Readonly<{ issuer: string; close: () => Promise<void> }>;

/**
 * Starts the provider. `redirectUris`: the Stepwise callback URLs it accepts. Extra users (for unique
 * emails per test) can be added to `users` before they sign in.
 */
export async function startTestIdp(
  redirectUris: string[],
  users: Record<string, TTestIdpUser> = TEST_IDP_USERS,
): Promise<TTestIdp> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_IDP_CLIENT.clientId,
        client_secret: TEST_IDP_CLIENT.clientSecret,
        redirect_uris: redirectUris,
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    async findAccount(_ctx, id) {
      const user = users[id];
      if (!user) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...user }) };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ["stepwise-test-idp-cookie-key-0123456789"] },
  });
  server.on("request", provider.callback());
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
