/**
 * Single sign-on rules as pure functions (unit-tested): email domains, the issuer URL policy, role
 * mapping from a groups claim, and the decision who an IdP sign-in becomes (docs/sso.md).
 */
import { z } from "zod";
import { hasRole, ORG_ROLES, type TOrgRole } from "@/lib/authz/roles";

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;

/** The lower-case domain of an email address, or null. */
export function emailDomain(email: string): string | null {
  const at = email.trim().lastIndexOf("@");
  if (at < 1) return null;
  const domain = email
    .trim()
    .slice(at + 1)
    .toLowerCase();
  return DOMAIN.test(domain) ? domain : null;
}

/** "acme.com, Example.org\nfoo.io" → ["acme.com", "example.org", "foo.io"]; invalid entries are returned separately. */
export function parseDomainList(text: string): { domains: string[]; invalid: string[] } {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim().toLowerCase().replace(/^@/, ""))
    .filter(Boolean);
  const domains = [...new Set(parts.filter((p) => DOMAIN.test(p)))];
  return { domains, invalid: parts.filter((p) => !DOMAIN.test(p)) };
}

export function isDomainAllowed(email: string, allowedDomains: readonly string[]): boolean {
  const domain = emailDomain(email);
  return domain !== null && allowedDomains.includes(domain);
}

const PRIVATE_HOST =
  /^(localhost|.*\.localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|0\.0\.0\.0|\[.*\])$/i;

/**
 * Checks an issuer URL an admin typed. HTTPS to a public host only, unless `allowInsecure`
 * (SSO_ALLOW_INSECURE_ISSUERS, for development and tests) permits http and private addresses. Returns
 * the normalized issuer (no trailing slash, no query) or an error message.
 */
export function checkIssuerUrl(
  raw: string,
  allowInsecure: boolean,
): { ok: true; issuer: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, message: "Enter the issuer URL, e.g. https://login.example.com/realms/acme" };
  }
  if (url.username || url.password || url.search || url.hash)
    return { ok: false, message: "The issuer URL must not contain credentials, a query or a fragment." };
  if (url.protocol !== "https:" && !(allowInsecure && url.protocol === "http:"))
    return { ok: false, message: "The issuer URL must start with https://." };
  if (!allowInsecure && PRIVATE_HOST.test(url.hostname))
    return { ok: false, message: "The issuer must be a public host name." };
  return { ok: true, issuer: url.toString().replace(/\/+$/, "") };
}

export const ZRoleMapping = z
  .array(z.object({ group: z.string().trim().min(1).max(200), role: z.enum(ORG_ROLES) }))
  .max(50);
export type TRoleMapping = z.output<typeof ZRoleMapping>;

/** "platform-admins=ADMIN\nexecs = VIEWER" → mapping; one `group=ROLE` per line. */
export function parseRoleMapping(text: string): { mapping: TRoleMapping } | { error: string } {
  const mapping: TRoleMapping = [];
  for (const [i, line] of text.split("\n").entries()) {
    if (!line.trim()) continue;
    const eq = line.lastIndexOf("=");
    const group = line.slice(0, eq).trim();
    const role = line
      .slice(eq + 1)
      .trim()
      .toUpperCase();
    if (eq < 1 || !group || !(ORG_ROLES as readonly string[]).includes(role))
      return { error: `Line ${i + 1}: write group=ROLE with ROLE one of ${ORG_ROLES.join(", ")}.` };
    mapping.push({ group, role: role as TOrgRole });
  }
  if (mapping.length > 50) return { error: "At most 50 group mappings." };
  return { mapping };
}

export const formatRoleMapping = (mapping: TRoleMapping) =>
  mapping.map((m) => `${m.group}=${m.role}`).join("\n");

/** The groups in a claim value: an array of strings, or one string (space or comma separated). */
export function claimGroups(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/** The highest role any of `groups` maps to, or null when none matches. */
export function mappedRole(groups: readonly string[], mapping: TRoleMapping): TOrgRole | null {
  let best: TOrgRole | null = null;
  for (const { group, role } of mapping) {
    if (groups.includes(group) && (!best || !hasRole(best, role))) best = role;
  }
  return best;
}

export type TSsoRefusal =
  | "EMAIL_MISSING"
  | "EMAIL_NOT_VERIFIED"
  | "DOMAIN_NOT_ALLOWED"
  | "ACCOUNT_UNVERIFIED"
  | "IDENTITY_EMAIL_TAKEN";

export type TSsoDecision =
  | { kind: "KNOWN_IDENTITY"; userId: string }
  | { kind: "LINK_EXISTING"; userId: string }
  | { kind: "CREATE_USER" }
  | { kind: "REFUSE"; reason: TSsoRefusal };

/**
 * Who an IdP sign-in becomes. The IdP must assert a verified email in an allowed domain. A known
 * (issuer, sub) signs in as its linked user. Otherwise an account with the same email is linked only
 * if Stepwise itself verified that email; an unverified one is refused (never silently taken over).
 * No account: a new one is created.
 */
export function decideSsoSignIn(input: {
  email: string | null;
  emailVerifiedByIdp: boolean;
  allowedDomains: readonly string[];
  identityUserId: string | null;
  existingUser: { id: string; emailVerified: boolean } | null;
}): TSsoDecision {
  if (!input.email) return { kind: "REFUSE", reason: "EMAIL_MISSING" };
  if (!input.emailVerifiedByIdp) return { kind: "REFUSE", reason: "EMAIL_NOT_VERIFIED" };
  if (!isDomainAllowed(input.email, input.allowedDomains))
    return { kind: "REFUSE", reason: "DOMAIN_NOT_ALLOWED" };
  if (input.identityUserId) {
    // The identity's user keeps it; an unrelated account holding the asserted email is not touched.
    if (input.existingUser && input.existingUser.id !== input.identityUserId)
      return { kind: "REFUSE", reason: "IDENTITY_EMAIL_TAKEN" };
    return { kind: "KNOWN_IDENTITY", userId: input.identityUserId };
  }
  if (input.existingUser) {
    if (!input.existingUser.emailVerified) return { kind: "REFUSE", reason: "ACCOUNT_UNVERIFIED" };
    return { kind: "LINK_EXISTING", userId: input.existingUser.id };
  }
  return { kind: "CREATE_USER" };
}

/** Messages for the sign-in page, by code (the URL carries only the code, never IdP text). */
export const SSO_ERROR_MESSAGES: Record<string, string> = {
  EMAIL_MISSING:
    "Your identity provider did not send an email address. Ask your admin to release the email claim.",
  EMAIL_NOT_VERIFIED:
    "Your identity provider did not confirm that your email address is verified, so Stepwise cannot sign you in with it.",
  DOMAIN_NOT_ALLOWED: "Your email domain is not allowed for this organization's single sign-on.",
  ACCOUNT_UNVERIFIED:
    "A Stepwise account with this email exists but its email is not verified. Sign in with your password and verify your email first; then single sign-on links to it.",
  IDENTITY_EMAIL_TAKEN:
    "Your sign-on identity is linked to another Stepwise account than the one with this email. Ask an admin.",
  UNKNOWN_DOMAIN:
    "No organization uses single sign-on for that email domain. Check the address or sign in with your password.",
  UNKNOWN_ORG: "No organization with single sign-on matches that name.",
  AMBIGUOUS_DOMAIN:
    "Several organizations use single sign-on for that email domain: enter your organization's short name instead.",
  BAD_INPUT: "Enter your work email or your organization's short name.",
  RATE_LIMITED: "Too many single sign-on attempts. Wait a few minutes and try again.",
  STATE_MISMATCH:
    "The sign-in response did not match the sign-in you started (it may have been altered or is from another tab). Start again.",
  FLOW_EXPIRED: "Your single sign-on attempt expired or was started in another browser. Start again.",
  IDP_UNREACHABLE:
    "Stepwise could not reach your organization's identity provider. Try again later or ask your admin.",
  CLIENT_REJECTED:
    "The identity provider refused Stepwise's client credentials. An admin of your organization should check the SSO client id and secret.",
  IDP_ERROR: "The identity provider did not sign you in. Try again or ask your admin.",
  IDP_DENIED: "Sign-in was cancelled at the identity provider.",
  INVALID_RESPONSE:
    "The identity provider's answer could not be verified. Ask your admin to check the SSO settings.",
  SSO_DISABLED: "Single sign-on is not configured for this organization.",
  MISCONFIGURED:
    "Single sign-on for this organization cannot be used right now (its settings cannot be read). Ask your admin.",
};

/** Own keys only: a code such as "__proto__" from the URL must not reach Object.prototype. */
export const ssoErrorMessage = (code: string | undefined) =>
  code
    ? Object.hasOwn(SSO_ERROR_MESSAGES, code)
      ? SSO_ERROR_MESSAGES[code]!
      : SSO_ERROR_MESSAGES.IDP_ERROR!
    : null;
