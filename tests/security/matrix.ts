/**
 * The tenancy matrix: signs in one client per caller, builds each route × case request from the
 * expectations, sends it to the running server and classifies what came back.
 */
import { CookieJar, HttpClient, type THttpResult } from "./http";
import { apiTokenFor, AWAY, HOME, SEC_PASSWORD, SEC_USERS, tokenCallerToken } from "./fixtures";
import {
  CASES,
  TOKEN_CASES,
  type TTokenCase,
  expectedOutcome,
  type TCase,
  type TExpectation,
  type TOutcome,
  type TRole,
} from "./expectation-types";
import { fillPattern, paramsOf, type TRoute } from "./routes";
import { loadTenantIds, resolveTemplate, withDb, type TTenantIds } from "./tenant-ids";

export type TWorld = {
  clients: Record<TRole, HttpClient>;
  /** Personal API tokens (for /api/v1) of the signed-in callers. */
  tokens: Partial<Record<TRole, string>>;
  home: TTenantIds;
  away: TTenantIds;
  baseURL: string;
};

/** /api/v1 authenticates with bearer tokens, not the session cookie. */
export const usesApiToken = (pattern: string) => pattern.startsWith("/api/v1/");

/** Signs every caller in through the real credentials flow; the guest joins the home workshop by code. */
export async function setUpWorld(baseURL: string): Promise<TWorld> {
  const { home, away } = await withDb(async (c) => ({
    home: await loadTenantIds(c, HOME),
    away: await loadTenantIds(c, AWAY),
  }));
  const client = () => new HttpClient(baseURL, new CookieJar());
  const signedIn = async (email: string) => client().signIn(email, SEC_PASSWORD);
  const guest = client();
  const joined = await guest.request("/api/workshops/join", {
    method: "POST",
    headers: { "content-type": "application/json", origin: guest.origin },
    body: JSON.stringify({ code: home.joinCode, displayName: "Matrix guest" }),
  });
  if (joined.status !== 200) throw new Error(`guest join failed: ${joined.status} ${joined.body}`);
  return {
    baseURL,
    home,
    away,
    tokens: Object.fromEntries(Object.entries(SEC_USERS).map(([role, email]) => [role, apiTokenFor(email)])),
    clients: {
      admin: await signedIn(SEC_USERS.admin),
      facilitator: await signedIn(SEC_USERS.facilitator),
      lead: await signedIn(SEC_USERS.lead),
      member: await signedIn(SEC_USERS.member),
      viewer: await signedIn(SEC_USERS.viewer),
      otherOrg: await signedIn(SEC_USERS.otherOrg),
      signedOut: client(),
      guest,
    },
  };
}

/** The placeholder a path parameter stands for unless the entry's `ids` says otherwise. */
export function defaultParam(name: string, pattern: string): string {
  if (name === "assessmentId") return "$draft";
  if (name === "journeyId") return pattern.includes("[teamId]") ? "$teamJourney" : "$orgJourney";
  return `$${name}`;
}

/** Whose ids a case uses: everyone but `foreign` uses the home org's; `foreign` mixes in sec-away's. */
export function idsFor(world: TWorld, route: TRoute, exp: TExpectation, c: TCase): TTenantIds {
  if (c !== "foreign") return world.home;
  const params =
    route.kind === "action"
      ? [...new Set([...(exp.form ?? "").matchAll(/\$([A-Za-z]+)/g)].map((m) => m[1]!))].filter(
          (n) => n !== "rand",
        )
      : paramsOf(route.pattern);
  const onlySlug = params.length === 1 && (params[0] === "orgSlug" || params[0] === "org");
  return onlySlug ? world.away : { ...world.away, orgSlug: world.home.orgSlug! };
}

const isTokenCase = (c: TCase): c is TTokenCase => (TOKEN_CASES as readonly string[]).includes(c);

/** Token callers carry no cookies: the signed-out client plus their token. */
export const clientFor = (world: TWorld, c: TCase): HttpClient =>
  c === "foreign" ? world.clients.admin : isTokenCase(c) ? world.clients.signedOut : world.clients[c];

/** The bearer token a case sends to /api/v1 (none for the signed-out and guest callers). */
export function tokenFor(world: TWorld, c: TCase): string | undefined {
  if (isTokenCase(c)) return tokenCallerToken(c);
  return world.tokens[c === "foreign" ? "admin" : c];
}

/** The cases of a route: everyone, plus the token callers for the token-authenticated /api/v1/orgs/…. */
export const casesFor = (route: TRoute): readonly TCase[] =>
  route.kind === "handler" && route.pattern.startsWith("/api/v1/orgs/") ? [...CASES, ...TOKEN_CASES] : CASES;

export function urlFor(pattern: string, exp: TExpectation, ids: TTenantIds): string {
  const values = Object.fromEntries(
    paramsOf(pattern).map((name) => [
      name,
      resolveTemplate(exp.ids?.[name] ?? defaultParam(name, pattern), ids),
    ]),
  );
  const path = fillPattern(pattern, values);
  return exp.query ? `${path}?${resolveTemplate(exp.query, ids)}` : path;
}

export function resolveBody(value: unknown, ids: TTenantIds): unknown {
  if (typeof value === "string") return resolveTemplate(value, ids);
  if (Array.isArray(value)) return value.map((v) => resolveBody(v, ids));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveBody(v, ids)]));
  return value;
}

export function formFields(exp: TExpectation, ids: TTenantIds): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(exp.form ?? "")) (out[k] ??= []).push(resolveTemplate(v, ids));
  return out;
}

/** Pages and handlers: the status, with redirects named by where they go. */
export function httpOutcome(result: THttpResult, baseURL: string): TOutcome {
  if (result.status >= 300 && result.status < 400 && result.location) {
    const target = new URL(result.location.split(";")[0]!, baseURL);
    if (target.origin !== new URL(baseURL).origin) return `offsite:${target.origin}`;
    if (target.pathname === "/sign-in") return "signin";
    if (target.pathname === "/live") return "join";
    return "redirect";
  }
  return result.status;
}

const DENIED = new Set(["FORBIDDEN", "NOT_FOUND"]);

/** Does an action's outcome match the documented one? */
export function actionMatches(observed: string, expected: TOutcome): boolean {
  if (expected === "denied") return DENIED.has(observed);
  if (expected === "signin") return observed === "UNAUTHENTICATED";
  if (expected === "allowed")
    return (
      !DENIED.has(observed) &&
      observed !== "UNAUTHENTICATED" &&
      observed !== "INTERNAL" &&
      !observed.startsWith("http-")
    );
  return observed === expected;
}

export type TCheck = {
  route: TRoute;
  c: TCase;
  expected: TOutcome | "-" | undefined;
  observed: string;
  detail: string;
};

export async function checkRoute(world: TWorld, route: TRoute, exp: TExpectation): Promise<TCheck[]> {
  const kind =
    route.kind === "action"
      ? "action"
      : route.kind === "handler"
        ? "handler"
        : route.pattern.startsWith("/orgs/[orgSlug]")
          ? "orgPage"
          : "page";
  const checks: TCheck[] = [];
  for (const c of casesFor(route)) {
    const expected = expectedOutcome(exp, kind, c, route.kind === "handler" ? route.method : "GET");
    if (expected === "-") continue;
    if (c === "foreign" && route.kind !== "action" && paramsOf(route.pattern).length === 0) continue;
    const ids = idsFor(world, route, exp, c);
    const client = clientFor(world, c);
    let observed: string;
    let detail = "";
    if (route.kind === "action") {
      const page = route.pages[0];
      if (!page) throw new Error(`action ${route.key} is on no page`);
      const result = await client.action(urlFor(page, exp, ids), route.id, formFields(exp, ids), {
        formOnly: exp.formOnly,
      });
      observed = result.outcome;
      detail = `POST ${urlFor(page, exp, ids)} → ${result.status} ${result.body.slice(-160).replace(/\s+/g, " ")}`;
    } else {
      const url = urlFor(route.pattern, exp, ids);
      const method = route.kind === "handler" ? route.method : "GET";
      const hasBody = !["GET", "HEAD"].includes(method);
      const token = usesApiToken(route.pattern) ? tokenFor(world, c) : undefined;
      const result = await client.request(url, {
        method,
        headers: {
          ...(hasBody ? { "content-type": "application/json", origin: client.origin } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: hasBody ? JSON.stringify(resolveBody(exp.body ?? {}, ids)) : undefined,
        timeoutMs: 30_000,
      });
      observed = String(httpOutcome(result, world.baseURL));
      detail = `${method} ${url} → ${result.status}${result.location ? ` → ${result.location}` : ""} ${result.body.slice(0, 120).replace(/\s+/g, " ")}`;
    }
    checks.push({ route, c, expected, observed, detail });
  }
  return checks;
}

/** "a|b" documents either outcome (e.g. a limit that may already have been reached). */
export const checkPasses = (check: TCheck): boolean =>
  check.expected !== undefined &&
  check.expected !== "-" &&
  String(check.expected)
    .split("|")
    .some((one) =>
      check.route.kind === "action" ? actionMatches(check.observed, one) : one === check.observed,
    );
