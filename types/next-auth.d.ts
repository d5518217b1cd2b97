import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    /** sv: the account's session version when the token was issued (see users.session_version). */
    user: { id: string; sv?: number } & DefaultSession["user"];
    /** The organization whose SSO signed this session in; null for a password session. */
    ssoOrgId: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
  }
}
