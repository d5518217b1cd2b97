import "server-only";
import { db, sqlPool } from "@/lib/db";
import { prepared, sql } from "@/lib/data/sql";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { consumeRateLimit, resetRateLimit } from "./rate-limit";
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

/** Sign-in attempts allowed per email address in a 15-minute window, against password guessing. */
export const SIGN_IN_LIMIT = { limit: 10, windowSeconds: 15 * 60 } as const;

export type TSignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "INVALID_CREDENTIALS" }
  | { ok: false; reason: "RATE_LIMITED"; retryAfterSeconds: number }
  | { ok: false; reason: "SSO_REQUIRED"; orgSlug: string };

/** Password sign-in with a per-email attempt limit; a success clears the counter. */
export async function signInWithPassword(email: string, password: string): Promise<TSignInResult> {
  const key = `sign-in:${normalizeEmail(email)}`;
  const limit = await consumeRateLimit(key, SIGN_IN_LIMIT);
  if (!limit.isAllowed)
    return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };
  const user = await authenticateUser(email, password);
  if (!user) return { ok: false, reason: "INVALID_CREDENTIALS" };
  await resetRateLimit(key);
  // Every organization of this person allows only its SSO: a password session would open none.
  const ssoOnly = await ssoOnlyOrganizations(user.id);
  if (ssoOnly.length > 0) return { ok: false, reason: "SSO_REQUIRED", orgSlug: ssoOnly[0]! };
  return { ok: true, user };
}

/** Creates an account; CONFLICT when the email is taken. */
export async function registerUser(input: { email: string; name: string; password: string }) {
  const email = normalizeEmail(input.email);
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
