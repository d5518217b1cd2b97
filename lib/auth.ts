/**
 * next-auth (v4) configuration: email + password credentials, JWT sessions. The session carries only
 * the user id; roles are always read from the database per request (lib/authz/context.ts).
 */
import "server-only";
import { createHash } from "node:crypto";
import { cookies } from "next/headers";
import { cache } from "react";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { LruCache } from "@/lib/cache/lru";
import { env } from "@/lib/env";
import { auditMetaOf } from "@/lib/audit-meta";
import { recordSignInAttempt } from "@/lib/data/sign-in-audit";
import { isSessionCurrent, sessionVersionOf, setUserLocale, signInWithPassword } from "@/lib/data/users";
import { LOCALE_COOKIE, negotiateLocale } from "@/i18n/locales";
import { logger } from "@/lib/logger";
import { requestClientIp } from "@/lib/security/client-ip";

const ZCredentials = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});

const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 14;

/** next-auth v4 hands `authorize` the headers as a plain object. */
const headerGetter = (headers: Record<string, unknown> | undefined) => ({
  get: (name: string) => {
    const value = headers?.[name] ?? headers?.[name.toLowerCase()];
    return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : null;
  },
});

/** The UI language of the sign-in request becomes the account's mail language (never fails a sign-in). */
async function rememberLocale(userId: string, headers: { get: (name: string) => string | null }) {
  const cookie = (headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  await setUserLocale(userId, negotiateLocale(cookie, headers.get("accept-language"))).catch((err: unknown) =>
    logger.error({ err }, "could not store the account's language"),
  );
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(raw, req) {
          const parsed = ZCredentials.safeParse(raw);
          if (!parsed.success) return null;
          const ip = requestClientIp(headerGetter(req?.headers));
          const result = await signInWithPassword(parsed.data.email, parsed.data.password, ip);
          await recordSignInAttempt(
            parsed.data.email,
            result.ok ? { ok: true, userId: result.user.id } : { ok: false, reason: result.reason },
            auditMetaOf(req),
          ).catch((err: unknown) => logger.error({ err }, "could not record the sign-in in the audit log"));
          if (result.ok) {
            await rememberLocale(result.user.id, headerGetter(req?.headers));
            return { id: result.user.id, email: result.user.email, name: result.user.name };
          }
          // next-auth passes a thrown message to the client as `error`; the form shows it.
          if (result.reason === "RATE_LIMITED")
            throw new Error(`RATE_LIMITED:${Math.ceil(result.retryAfterSeconds / 60)}`);
          if (result.reason === "SSO_REQUIRED") throw new Error(`SSO_REQUIRED:${result.orgSlug}`);
          return null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          // Sessions end when the account's version moves on (password reset, account deletion).
          token.sv = await sessionVersionOf(user.id);
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) {
          session.user.id = token.sub;
          session.user.sv = typeof token.sv === "number" ? token.sv : 1;
        }
        // Set only in sessions minted by SSO sign-in (mintSsoSessionCookie): the org whose IdP signed in.
        session.ssoOrgId = typeof token.ssoOrg === "string" ? token.ssoOrg : null;
        return session;
      },
    },
  };
}

// getServerSession decrypts the JWT and, for the "session" action, re-encrypts a refreshed one that a
// server component or route handler cannot even set (next-auth v4): a few ms of crypto per request.
// The result per token is kept briefly. JWTs cannot be revoked before they expire anyway, and roles
// are never in the token (lib/authz/context.ts reads them per request), so the only effect is that a token
// is honoured up to SESSION_CACHE_TTL_MS past its own expiry (it lives 14 days).
const SESSION_CACHE_TTL_MS = 30_000;
const sessionIdentities = new LruCache<string, TSessionIdentity>(5_000, SESSION_CACHE_TTL_MS);

/** Who is signed in, and through which organization's SSO (null: a password session). */
/** sessionVersion: the account's users.session_version when the token was issued (compared in SQL per request). */
export type TSessionIdentity = Readonly<{ userId: string; ssoOrgId: string | null; sessionVersion: number }>;

/** A digest of the session cookie(s) (next-auth may split a large token into `.0`, `.1`, …), or null. */
async function sessionCookieKey(): Promise<string | null> {
  const parts = (await cookies()).getAll().filter((c) => c.name.includes("next-auth.session-token"));
  if (parts.length === 0) return null;
  const hash = createHash("sha256");
  for (const c of parts.sort((a, b) => a.name.localeCompare(b.name))) hash.update(`${c.name}=${c.value};`);
  return hash.digest("base64url");
}

/** The signed-in identity, or null. Verified once per request (and per token for SESSION_CACHE_TTL_MS). */
export const getSessionIdentity = cache(async (): Promise<TSessionIdentity | null> => {
  const key = await sessionCookieKey();
  if (!key) return null;
  const known = sessionIdentities.get(key);
  if (known) return known;
  const session = await getServerSession(authOptions());
  const userId = session?.user?.id ?? null;
  if (!userId) return null;
  const identity = { userId, ssoOrgId: session?.ssoOrgId ?? null, sessionVersion: session?.user?.sv ?? 1 };
  sessionIdentities.set(key, identity);
  return identity;
});

/**
 * The signed-in user's id, or null. The account and its session version are checked in the database on
 * every request, so a deleted account or a session ended by a password reset is refused at once.
 */
export const getSessionUserId = cache(async (): Promise<string | null> => {
  const identity = await getSessionIdentity();
  if (!identity) return null;
  return (await isSessionCurrent(identity.userId, identity.sessionVersion)) ? identity.userId : null;
});

/**
 * The next-auth session cookie for a person who signed in through an organization's SSO
 * (app/api/sso/callback): the same encrypted JWT, name and flags next-auth itself sets after a
 * credentials sign-in, plus `ssoOrg`. next-auth picks "__Secure-" cookies when its origin is https
 * (NEXTAUTH_URL, else the forwarded protocol when AUTH_TRUST_HOST is set), and so does this.
 */
export async function mintSsoSessionCookie(
  user: { id: string; email: string; name: string },
  ssoOrgId: string,
  request: Request,
) {
  const forwardedProto = request.headers.get("x-forwarded-proto");
  const origin =
    env().NEXTAUTH_URL ??
    (process.env.AUTH_TRUST_HOST || process.env.VERCEL
      ? `${forwardedProto === "http" ? "http" : "https"}://host`
      : new URL(request.url).origin);
  const isSecure = origin.startsWith("https://");
  const value = await encode({
    token: {
      sub: user.id,
      email: user.email,
      name: user.name,
      ssoOrg: ssoOrgId,
      sv: await sessionVersionOf(user.id),
    },
    secret: env().NEXTAUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return {
    name: `${isSecure ? "__Secure-" : ""}next-auth.session-token`,
    value,
    options: {
      httpOnly: true,
      sameSite: "lax" as const,
      path: "/",
      secure: isSecure,
      maxAge: SESSION_MAX_AGE_SECONDS,
    },
  };
}
