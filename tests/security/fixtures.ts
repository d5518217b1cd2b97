import { createHash } from "node:crypto";

/**
 * Names shared by the security seed (tests/security/seed.ts, run by scripts/test.ts before the e2e
 * stage) and the tenancy matrix / fuzzer: two organizations of their own, so nothing the matrix or the
 * fuzzer does can change what the demo organization's e2e tests see.
 */
export const SEC_PASSWORD = "stepwise-security-matrix";
export const HOME = "sec-home";
export const AWAY = "sec-away";

/** One signed-in user per role of the home organization, plus the admin of the other organization. */
export const SEC_USERS = {
  admin: `admin@${HOME}.stepwise.test`,
  facilitator: `facilitator@${HOME}.stepwise.test`,
  lead: `lead@${HOME}.stepwise.test`,
  member: `member@${HOME}.stepwise.test`,
  viewer: `viewer@${HOME}.stepwise.test`,
  otherOrg: `admin@${AWAY}.stepwise.test`,
} as const;
/** In the home org as a MEMBER of no team: the target of team-member and role actions. */
export const SPARE_USER = `spare@${HOME}.stepwise.test`;

/**
 * In every organization, a MEMBER that only the remove-member action targets (removing someone must
 * really remove them, so the matrix and the fuzzer get a person of their own to remove; the seed is
 * fresh on every run).
 */
export const removableUser = (slug: string) => `removable@${slug}.stepwise.test`;

/** Invite tokens are stored as hashes only; the seed inserts these known ones. */
export const INVITE_TOKEN = {
  [HOME]: "secmatrix-home-invite-token-0123456789ab",
  [AWAY]: "secmatrix-away-invite-token-0123456789ab",
};

/** A share link per organization to its submitted results (`sws_` + 43 base64url characters), stored hashed by the seed. */
export const shareTokenFor = (slug: string) =>
  `sws_${createHash("sha256").update(`secmatrix-share:${slug}`).digest("base64url")}`;

/** A personal WRITE API token per user (for /api/v1), derived from the email: `swp_` + 43 base64url characters. */
export const apiTokenFor = (email: string) =>
  `swp_${createHash("sha256").update(`secmatrix:${email}`).digest("base64url")}`;

/**
 * Extra /api/v1 callers of the home organization (issue 15: tokens, not sessions): organization tokens
 * of the admin (read and write), the admin's personal token restricted to team Beta (the matrix's ids
 * are team Alpha's), a revoked and an expired token. `awayToken` is sec-away's admin token, sent to the
 * home organization's URLs.
 */
export const TOKEN_CALLERS = ["orgWrite", "orgRead", "teamToken", "awayToken", "revoked", "expired"] as const;
export type TTokenCaller = (typeof TOKEN_CALLERS)[number];
export const tokenCallerToken = (caller: TTokenCaller) =>
  caller === "awayToken" ? apiTokenFor(SEC_USERS.otherOrg) : apiTokenFor(`${caller}@${HOME}.tokens`);
