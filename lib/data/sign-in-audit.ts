/**
 * Sign-in events in the audit log. A person is not signed in to one organization, so the event is
 * written once for each organization they belong to (each org's admins see their own members'
 * sign-ins); an attempt for an unknown email is kept without an organization. Never the password.
 */
import "server-only";
import type { TAuditDetails, TAuditMeta } from "@/lib/audit/events";
import { db } from "@/lib/db";
import { recordAudit } from "./audit";
import { normalizeEmail } from "./users";

export type TSignInOutcome =
  | { ok: true; userId: string }
  | { ok: false; reason: "INVALID_CREDENTIALS" | "RATE_LIMITED" | "INVALID_INPUT" | "SSO_REQUIRED" };

export async function recordSignInAttempt(
  rawEmail: string,
  outcome: TSignInOutcome,
  meta: TAuditMeta,
  method: "password" = "password",
): Promise<void> {
  const email = normalizeEmail(rawEmail).slice(0, 254);
  const user = outcome.ok
    ? await db.user.findUnique({
        where: { id: outcome.userId },
        select: { id: true, name: true, email: true },
      })
    : await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true } });
  const orgIds = user
    ? (await db.membership.findMany({ where: { userId: user.id }, select: { organizationId: true } })).map(
        (m) => m.organizationId,
      )
    : [];
  const label = user ? `${user.name} <${user.email}>` : email;
  const action = outcome.ok ? "auth.sign_in.succeeded" : "auth.sign_in.failed";
  const details: TAuditDetails = outcome.ok ? { method } : { method, reason: outcome.reason };
  await db.$transaction(async (tx) => {
    for (const orgId of orgIds.length > 0 ? orgIds : [null]) {
      await recordAudit(
        tx,
        // A failed attempt is not by the account's owner as far as anyone knows: no actor id.
        {
          orgId,
          userId: outcome.ok ? (user?.id ?? null) : null,
          actorLabel: outcome.ok ? label : email,
          meta,
        },
        {
          action,
          ...(user ? { target: { type: "user" as const, id: user.id, label } } : {}),
          details,
        },
      );
    }
  });
}
