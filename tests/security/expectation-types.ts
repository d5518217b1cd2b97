/**
 * The vocabulary of route-expectations.ts. Every route is checked for these callers:
 *
 * - admin, facilitator, lead, member, viewer: users of the home organization (`sec-home`), home ids;
 *   the lead and the member belong to team Alpha, whose ids are used.
 * - signedOut: no cookies. guest: a workshop guest of the home workshop (cookie scoped to it).
 * - otherOrg: the admin of another organization (`sec-away`) asking for exactly what home users ask for.
 * - foreign: the home admin, home slug, with the ids of `sec-away`'s objects (for routes with no id but
 *   the org slug: the `sec-away` slug). Routes without any parameter have no foreign case.
 *
 * Outcomes. Pages and route handlers: an HTTP status (200, 400, 401, 403, 404, 409, ...), or
 * "signin" / "join" (a redirect to /sign-in or to /live, the page to enter a workshop code), or "redirect" (a redirect elsewhere in the app).
 * Server actions: "allowed" (got past authorization: ok, a redirect, or a domain answer such as
 * CONFLICT or INVALID_INPUT), "denied" (FORBIDDEN or NOT_FOUND: nothing revealed, nothing changed),
 * "signin" (UNAUTHENTICATED), or one exact ActionResult code.
 */
export const ROLES = [
  "admin",
  "facilitator",
  "lead",
  "member",
  "viewer",
  "signedOut",
  "guest",
  "otherOrg",
] as const;
export type TRole = (typeof ROLES)[number];
/**
 * /api/v1 only: callers that bring a token and no session (tests/security/fixtures.ts TOKEN_CALLERS):
 * the admin's organization tokens (orgWrite, orgRead), the admin's token restricted to team Beta
 * (teamToken; the ids are team Alpha's), sec-away's admin token on home URLs (awayToken), a revoked and
 * an expired token.
 */
export const TOKEN_CASES = ["orgWrite", "orgRead", "teamToken", "awayToken", "revoked", "expired"] as const;
export type TTokenCase = (typeof TOKEN_CASES)[number];
export type TCase = TRole | "foreign" | TTokenCase;
export const CASES: readonly TCase[] = [...ROLES, "foreign"];
export const ORG_ROLES: readonly TRole[] = ["admin", "facilitator", "lead", "member", "viewer"];

export type TOutcome = number | "signin" | "join" | "redirect" | "allowed" | "denied" | (string & {});

export type TExpectation = {
  /** Shorthand for all five home roles (admin … viewer); a named role overrides it. */
  in?: TOutcome;
  /** Shorthand for signedOut and guest. */
  out?: TOutcome;
  /** Values of path parameters / placeholders that differ from the default (e.g. `{ assessmentId: "$submitted" }`). */
  ids?: Record<string, string>;
  /** Query string appended to the URL (pages and handlers), with `$placeholders`. */
  query?: string;
  /** Server actions: the form fields of a valid call, as a query string with `$placeholders`. */
  form?: string;
  /** Server actions called with the form data alone (`<form action={fn}>`), not `(prevState, formData)`. */
  formOnly?: boolean;
  /** Route handlers: the JSON body of a valid call, with `$placeholders` in string values. */
  body?: unknown;
  /** Why an outcome is what it is, when not obvious. */
  note?: string;
} & Partial<Record<TCase, TOutcome | "-">>;

/** Defaults by kind, used for every case an entry does not name. */
export const DEFAULTS: Record<"orgPage" | "page" | "handler" | "action", Partial<Record<TCase, TOutcome>>> = {
  // Pages under /orgs/[orgSlug]: sign in first; another org's ids or slug are simply not found.
  orgPage: { signedOut: "signin", guest: "signin", otherOrg: 404, foreign: 404 },
  page: {},
  handler: { signedOut: 401, guest: 401, otherOrg: 404, foreign: 404 },
  action: { signedOut: "signin", guest: "signin", otherOrg: "denied", foreign: "denied" },
};

/** The outcome an entry documents for one case (undefined: the entry does not say, which fails the test). */
export function expectedOutcome(
  exp: TExpectation,
  kind: keyof typeof DEFAULTS,
  c: TCase,
  method = "GET",
): TOutcome | "-" | undefined {
  if (exp[c] !== undefined) return exp[c];
  if ((TOKEN_CASES as readonly string[]).includes(c)) return tokenDefault(exp, kind, c as TTokenCase, method);
  if (ORG_ROLES.includes(c as TRole) && exp.in !== undefined) return exp.in;
  if ((c === "signedOut" || c === "guest") && exp.out !== undefined) return exp.out;
  return DEFAULTS[kind][c];
}

/**
 * Defaults of the token callers: an organization token acts with its creator's (the admin's) current
 * role, so orgWrite answers what the admin gets, orgRead too for reads and 403 for writes; another
 * organization's token is "not found"; a revoked or expired token is 401 (429 once the failed-token
 * limit per address is reached). teamToken has no default: each entry says what a token restricted to
 * another team gets.
 */
function tokenDefault(
  exp: TExpectation,
  kind: keyof typeof DEFAULTS,
  c: TTokenCase,
  method: string,
): TOutcome | "-" | undefined {
  const admin = expectedOutcome(exp, kind, "admin");
  if (c === "orgWrite") return admin;
  if (c === "orgRead") return method === "GET" ? admin : 403;
  if (c === "awayToken") return 404;
  if (c === "revoked" || c === "expired") return "401|429";
  return undefined;
}
