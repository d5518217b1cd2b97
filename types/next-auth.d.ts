import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** The organization whose SSO signed this session in; null for a password session. */
    ssoOrgId: string | null;
  }
}
