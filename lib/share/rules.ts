/**
 * Share-link rules (pure): lifetime, status and the input schema of a new link. See docs/reports.md.
 */
import { z } from "zod";

export const SHARE_DEFAULT_DAYS = 30;
export const SHARE_MAX_DAYS = 365;
export const SHARE_EXPIRY_CHOICES = [1, 7, 30, 90, 365] as const;
const DAY_MS = 24 * 3600 * 1000;

export type TShareStatus = "active" | "expired" | "revoked";

/** When a link created at `now` for `days` days stops working. */
export function shareExpiresAt(now: Date, days: number = SHARE_DEFAULT_DAYS): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

/** Revoked wins over expired; a link is expired from the instant `expiresAt` is reached. */
export function shareStatus(
  link: { revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): TShareStatus {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

export const SHARE_PASSCODE = { min: 6, max: 100 } as const;

const ZPasscode = z
  .string()
  .max(SHARE_PASSCODE.max, `A passcode has at most ${SHARE_PASSCODE.max} characters.`)
  .refine((s) => s === "" || s.length >= SHARE_PASSCODE.min, {
    message: `A passcode has at least ${SHARE_PASSCODE.min} characters (or leave it empty).`,
  });

const ZId = z.string().trim().min(1, "Missing id.").max(40, "That id is too long.");

/** A new link: `password` is the optional passcode (the field is named so forms never echo it back). */
export const ZShareLinkInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("TEAM_RESULTS"),
    assessmentId: ZId,
    expiresInDays: z.coerce
      .number({ error: "Choose when the link expires." })
      .int("Choose when the link expires.")
      .min(1, "A link lasts at least 1 day.")
      .max(SHARE_MAX_DAYS, `A link lasts at most ${SHARE_MAX_DAYS} days.`)
      .default(SHARE_DEFAULT_DAYS),
    password: ZPasscode.default(""),
  }),
  z.object({
    kind: z.literal("ORG_OVERVIEW"),
    filters: z.string().max(400, "Those filters are too long.").default(""),
    expiresInDays: z.coerce
      .number({ error: "Choose when the link expires." })
      .int("Choose when the link expires.")
      .min(1, "A link lasts at least 1 day.")
      .max(SHARE_MAX_DAYS, `A link lasts at most ${SHARE_MAX_DAYS} days.`)
      .default(SHARE_DEFAULT_DAYS),
    password: ZPasscode.default(""),
  }),
]);
export type TShareLinkInput = z.output<typeof ZShareLinkInput>;

/**
 * Who may create (and see, and revoke) a link: admins for anything; a team lead for the results of
 * the teams they belong to. The org overview is admins only.
 */
export function canShare(
  kind: "TEAM_RESULTS" | "ORG_OVERVIEW",
  role: string,
  isTeamMember: boolean,
): boolean {
  if (role === "ADMIN") return true;
  return kind === "TEAM_RESULTS" && role === "LEAD" && isTeamMember;
}

/** Rate limits on the public side (per client address, and per link for passcodes). */
export const SHARE_LIMITS = {
  lookupsPerIp: { limit: 120, windowSeconds: 60 },
  failuresPerIp: { limit: 60, windowSeconds: 15 * 60 },
  passcodeFailuresPerLink: { limit: 10, windowSeconds: 15 * 60 },
} as const;
