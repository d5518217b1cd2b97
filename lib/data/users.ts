import "server-only";
import { isLocale } from "@/i18n/locales";
import { db, sqlPool } from "@/lib/db";
import { prepared, sql } from "@/lib/data/sql";
import { AppError } from "@/lib/errors";
import { hashPassword, PasswordHashingBusyError, verifyPassword } from "@/lib/passwords";
import { blockedFor, consumeRateLimit, maybePruneRateLimits, resetRateLimit } from "./rate-limit";
import { ssoOnlyOrganizations } from "./sso";

// Verified against when the email is unknown, so response time does not reveal which emails exist.
let dummyHash: Promise<string> | undefined;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** The user for these credentials, or null. */
export async function authenticateUser(email: string, password: string) {
  const user = await db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  if (!user) {
    dummyHash ??= hashPassword("not-a-real-password");
    await verifyPassword(await dummyHash, password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name };
}

/**
 * Sign-in failure limits (15-minute windows). Only failures count, and they are checked before the
 * password is hashed and counted after:
 * - per client IP + email: 10 wrong passwords for one account from one address;
 * - per client IP: 50 wrong passwords across all accounts (password spraying).
 * There is deliberately no per-email limit across addresses: it would let anyone lock the real owner
 * out of their account (the right password is never refused because of someone else's failures).
 */
export const SIGN_IN_LIMITS = {
  ipEmail: { limit: 10, windowSeconds: 15 * 60 },
  ip: { limit: 50, windowSeconds: 15 * 60 },
} as const;
/** Accounts created per client IP per hour. */
export const SIGN_UP_LIMIT = { limit: 20, windowSeconds: 3600 } as const;

export type TSignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "INVALID_CREDENTIALS" }
  | { ok: false; reason: "RATE_LIMITED"; retryAfterSeconds: number }
  | { ok: false; reason: "SSO_REQUIRED"; orgSlug: string };

const signInKeys = (email: string, ip: string) => ({
  ipEmail: `sign-in:ip-email:${ip}:${normalizeEmail(email)}`,
  ip: `sign-in:ip:${ip}`,
});

/** Password sign-in with per-IP and per-IP+email failure limits; a success clears the IP+email count. */
export async function signInWithPassword(
  email: string,
  password: string,
  ip = "unknown",
): Promise<TSignInResult> {
  const keys = signInKeys(email, ip);
  maybePruneRateLimits();
  const wait = await blockedFor([
    { key: keys.ipEmail, limit: SIGN_IN_LIMITS.ipEmail },
    { key: keys.ip, limit: SIGN_IN_LIMITS.ip },
  ]);
  if (wait !== null) return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: wait };
  let user: Awaited<ReturnType<typeof authenticateUser>>;
  try {
    user = await authenticateUser(email, password);
  } catch (err) {
    if (err instanceof PasswordHashingBusyError)
      return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: 60 };
    throw err;
  }
  if (!user) {
    await Promise.all([
      consumeRateLimit(keys.ipEmail, SIGN_IN_LIMITS.ipEmail),
      consumeRateLimit(keys.ip, SIGN_IN_LIMITS.ip),
    ]);
    return { ok: false, reason: "INVALID_CREDENTIALS" };
  }
  await resetRateLimit(keys.ipEmail);
  // Every organization of this person allows only its SSO: a password session would open none.
  const ssoOnly = await ssoOnlyOrganizations(user.id);
  if (ssoOnly.length > 0) return { ok: false, reason: "SSO_REQUIRED", orgSlug: ssoOnly[0]! };
  return { ok: true, user };
}

/** Creates an account; CONFLICT when the email is taken, RATE_LIMITED past SIGN_UP_LIMIT per IP. */
export async function registerUser(
  input: { email: string; name: string; password: string },
  { ip = "unknown" }: { ip?: string } = {},
) {
  const email = normalizeEmail(input.email);
  const limit = await consumeRateLimit(`sign-up:ip:${ip}`, SIGN_UP_LIMIT);
  if (!limit.isAllowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    throw new AppError(
      "RATE_LIMITED",
      `Too many accounts were created from your network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    );
  }
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing)
    throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", {
      email: ["is already registered"],
    });
  const passwordHash = await hashPassword(input.password);
  return db.user.create({
    data: { email, name: input.name.trim(), passwordHash },
    select: { id: true, email: true, name: true },
  });
}

export async function getUserSummary(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
}

/** Organizations the user belongs to, with their role in each. */
export async function listUserOrganizations(userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { role: true, organization: { select: { slug: true, name: true } } },
    orderBy: { organization: { name: "asc" } },
  });
  return memberships.map((m) => ({ slug: m.organization.slug, name: m.organization.name, role: m.role }));
}

/** The account's current session version (sessions carry it; a password reset moves it on). */
export async function sessionVersionOf(userId: string): Promise<number> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? 1;
}

/** Whether a session for this user and version is still valid (the account exists and no reset ended it). */
export async function isSessionCurrent(userId: string, sessionVersion: number): Promise<boolean> {
  const { rows } = await sqlPool().query(
    prepared(
      "stepwise_session_current",
      sql`SELECT 1 FROM users WHERE id = ${userId}::text AND session_version = ${sessionVersion}::int`,
    ),
  );
  return rows.length > 0;
}

/** Name, email and whether the address is confirmed, for the account page. */
export async function getAccountSummary(userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, emailVerified: true },
  });
}

/** Stores the account's last UI language (mails to the account use it); ignores unknown languages. */
export async function setUserLocale(userId: string, locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  await db.user.updateMany({ where: { id: userId }, data: { locale } });
}
