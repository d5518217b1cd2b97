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

/** Invite tokens are stored as hashes only; the seed inserts these known ones. */
export const INVITE_TOKEN = {
  [HOME]: "secmatrix-home-invite-token-0123456789ab",
  [AWAY]: "secmatrix-away-invite-token-0123456789ab",
};

/** A personal WRITE API token per user (for /api/v1), derived from the email: `swp_` + 43 base64url characters. */
export const apiTokenFor = (email: string) =>
  `swp_${createHash("sha256").update(`secmatrix:${email}`).digest("base64url")}`;
