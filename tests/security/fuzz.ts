/**
 * The fuzzer: fast-check cases (fuzz-cases.ts) for every page, route handler and server action of the
 * build, sent to the running server as the admin of `sec-away` (mostly), signed out, or as a workshop
 * guest. Passing means: no 5xx (nor an action's INTERNAL result), and no row changed except in tables a
 * valid call of that route changes, and never a row of another organization.
 */
import fc from "fast-check";
import type pg from "pg";
import { ACTION_FIELD_PREFIX, CookieJar, HttpClient, actionArgs, actionOutcome } from "./http";
import { apiTokenFor, AWAY, HOME, SEC_PASSWORD, SEC_USERS } from "./fixtures";
import { fuzzCaseArb, type TFuzzCase } from "./fuzz-cases";
import { KNOWN_FUZZ } from "./known-issues";
import { formFields, resolveBody, urlFor, usesApiToken } from "./matrix";
import { EXPECTATIONS } from "./route-expectations";
import { discoverRoutes, type TRoute } from "./routes";
import { loadTenantIds, saveRateLimits, withDb, type TTenantIds } from "./tenant-ids";

/** Tables any request may touch: rate-limit counters. */
// Rate-limit counters, and the dashboards' cache: reading a dashboard with new filters stores a snapshot
// (dashboard_snapshots), and any change a dashboard aggregates bumps dashboard_versions by trigger, so
// those two follow the tables that really changed (which are checked).
const ALWAYS_WRITABLE = new Set(["rate_limit_buckets", "dashboard_snapshots", "dashboard_versions"]);
// Token bookkeeping on /api/v1 (issue 15): a used token records its last use (api_tokens), and a refused
// one (another organization's, revoked, expired) is audit-logged in the organization that owns the token,
// which is another organization when the fuzzer sends sec-home's token to sec-away's URLs.
const TOKEN_BOOKKEEPING = ["api_tokens", "audit_events"];
const isTokenRoute = (key: string) => key.includes("/api/v1/");
// Share links (docs/reports.md): a link belongs to no URL's organization, and a visit counts on the link
// (share_links.visit_count) in the organization that made it, which is another one for sec-away's token.
const SHARE_BOOKKEEPING = ["share_links"];
const isShareRoute = (key: string) => key.startsWith("/share/");

export type TFuzzFinding = { c: TFuzzCase; status: string; body: string; known?: string };
export type TFuzzSummary = {
  cases: number;
  routes: number;
  fiveXx: TFuzzFinding[];
  knownFiveXx: TFuzzFinding[];
  rowViolations: string[];
  seed: number;
  ms: number;
};

type TSnapshot = { tables: Map<string, string>; others: string };

async function tableNames(db: pg.Client): Promise<string[]> {
  const { rows } = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

async function orgScopedTables(db: pg.Client): Promise<string[]> {
  const { rows } = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'organization_id' ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

/**
 * Count and hash of every table, plus one hash over the rows of the organizations (other than the
 * fuzzing one) that existed when the run began.
 */
async function snapshot(
  db: pg.Client,
  tables: string[],
  scoped: string[],
  guarded: string[],
): Promise<TSnapshot> {
  const out = new Map<string, string>();
  for (const t of tables) {
    const { rows } = await db.query<{ n: string; h: string }>(
      `SELECT count(*)::text AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`,
    );
    out.set(t, `${rows[0]!.n}:${rows[0]!.h}`);
  }
  const parts: string[] = [];
  for (const t of scoped) {
    const { rows } = await db.query<{ h: string }>(
      `SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x
       WHERE x.organization_id = ANY($1::text[])`,
      [guarded],
    );
    parts.push(`${t}:${rows[0]!.h}`);
  }
  return { tables: out, others: parts.join(",") };
}

const changedTables = (a: TSnapshot, b: TSnapshot) =>
  [...a.tables.keys()].filter((t) => a.tables.get(t) !== b.tables.get(t));

async function send(
  client: HttpClient,
  c: TFuzzCase,
  actionId?: string,
): Promise<{ status: string; body: string }> {
  try {
    if (c.form && actionId) {
      const form = new FormData();
      for (const [name, value] of c.form) form.append(`${ACTION_FIELD_PREFIX}${name}`, value);
      form.append("0", JSON.stringify(actionArgs(Boolean(EXPECTATIONS[c.route.key]?.formOnly))));
      const result = await client.request(c.url, {
        method: "POST",
        headers: { "next-action": actionId, accept: "text/x-component", origin: client.origin },
        body: form,
        timeoutMs: 60_000,
      });
      const outcome = actionOutcome(result);
      return {
        status: outcome === "INTERNAL" ? `INTERNAL (${result.status})` : String(result.status),
        body: result.body,
      };
    }
    const result = await client.request(c.url, {
      method: c.method,
      headers: {
        ...c.headers,
        origin: client.origin,
        ...(c.token !== undefined
          ? { authorization: `Bearer ${c.token}` }
          : c.caller === "owner" && usesApiToken(c.route.kind === "action" ? "" : c.route.pattern)
            ? { authorization: `Bearer ${apiTokenFor(SEC_USERS.otherOrg)}` }
            : {}),
      },
      body: c.body,
      timeoutMs: 60_000,
    });
    return { status: String(result.status), body: result.body };
  } catch (err) {
    return { status: `no answer (${err instanceof Error ? err.message : String(err)})`, body: "" };
  }
}

const isFailure = (status: string) => !/^[1-4]\d\d$/.test(status);

export async function runFuzz(options: {
  baseURL: string;
  total: number;
  seed?: number;
  concurrency?: number;
  log?: (line: string) => void;
  only?: RegExp;
}): Promise<TFuzzSummary> {
  const started = performance.now();
  const log = options.log ?? console.log;
  const seed = options.seed ?? Date.now() % 1_000_000;
  const routes = discoverRoutes().filter(
    (r) => EXPECTATIONS[r.key] && (!options.only || options.only.test(r.key)),
  );
  const perRoute = Math.max(1, Math.ceil(options.total / routes.length));
  return withDb(async (db) => {
    const own = await loadTenantIds(db, AWAY);
    const other = await loadTenantIds(db, HOME);
    const owner = await new HttpClient(options.baseURL).signIn(SEC_USERS.otherOrg, SEC_PASSWORD);
    const guest = new HttpClient(options.baseURL);
    await guest.request("/api/workshops/join", {
      method: "POST",
      headers: { "content-type": "application/json", origin: guest.origin },
      body: JSON.stringify({ code: own.joinCode, displayName: "Fuzz guest" }),
    });
    const jars: Record<TFuzzCase["caller"], CookieJar> = {
      owner: owner.jar,
      guest: guest.jar,
      signedOut: new CookieJar(),
    };
    const tables = await tableNames(db);
    const scoped = await orgScopedTables(db);
    const { rows: orgRows } = await db.query<{ id: string }>(
      "SELECT id FROM organizations WHERE slug <> $1",
      [AWAY],
    );
    const guarded = orgRows.map((r) => r.id);
    const restoreRateLimits = await saveRateLimits(db);

    const summary: TFuzzSummary = {
      cases: 0,
      routes: 0,
      fiveXx: [],
      knownFiveXx: [],
      rowViolations: [],
      seed,
      ms: 0,
    };
    try {
      for (const [index, route] of routes.entries()) {
        const exp = EXPECTATIONS[route.key]!;
        const allowed = new Set(ALWAYS_WRITABLE);
        const tokenRoute = isTokenRoute(route.key);
        const bookkeeping = tokenRoute ? TOKEN_BOOKKEEPING : isShareRoute(route.key) ? SHARE_BOOKKEEPING : [];
        for (const t of bookkeeping) allowed.add(t);
        const guardedTables = scoped.filter((t) => !bookkeeping.includes(t));
        // What a valid call of this route may change: do one and look.
        {
          const before = await snapshot(db, tables, [], []);
          await validCall(new HttpClient(options.baseURL, owner.jar.clone()), route, exp, own);
          for (const t of changedTables(before, await snapshot(db, tables, [], []))) allowed.add(t);
        }
        const before = await snapshot(db, tables, guardedTables, guarded);
        const cases = fc.sample(fuzzCaseArb(route, exp, own, other), {
          numRuns: perRoute,
          seed: seed + index,
        });
        const queue = [...cases];
        const worker = async () => {
          for (let c = queue.shift(); c; c = queue.shift()) {
            const client = new HttpClient(options.baseURL, jars[c.caller].clone());
            const { status, body } = await send(client, c, route.kind === "action" ? route.id : undefined);
            summary.cases += 1;
            if (!isFailure(status)) continue;
            const known = KNOWN_FUZZ.find((k) => k.matches(c));
            const finding = { c, status, body: body.slice(0, 300), known: known?.issue };
            (known ? summary.knownFiveXx : summary.fiveXx).push(finding);
          }
        };
        await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
        const after = await snapshot(db, tables, guardedTables, guarded);
        const outside = changedTables(before, after).filter((t) => !allowed.has(t));
        if (outside.length)
          summary.rowViolations.push(
            `${route.key}: changed ${outside.join(", ")} (a valid call changes only ${[...allowed].join(", ")})`,
          );
        if (before.others !== after.others)
          summary.rowViolations.push(`${route.key}: changed rows of another organization`);
        summary.routes += 1;
      }
    } finally {
      await restoreRateLimits();
    }
    summary.ms = performance.now() - started;
    log(formatSummary(summary));
    return summary;
  });
}

async function validCall(
  client: HttpClient,
  route: TRoute,
  exp: (typeof EXPECTATIONS)[string],
  ids: TTenantIds,
) {
  if (route.kind === "action") {
    await client.action(urlFor(route.pages[0]!, exp, ids), route.id, formFields(exp, ids), {
      formOnly: exp.formOnly,
    });
  } else {
    const method = route.kind === "handler" ? route.method : "GET";
    await client.request(urlFor(route.pattern, exp, ids), {
      method,
      headers: {
        "content-type": "application/json",
        origin: client.origin,
        ...(usesApiToken(route.pattern)
          ? { authorization: `Bearer ${apiTokenFor(SEC_USERS.otherOrg)}` }
          : {}),
      },
      body: ["GET", "HEAD"].includes(method) ? undefined : JSON.stringify(resolveBody(exp.body ?? {}, ids)),
      timeoutMs: 60_000,
    });
  }
}

export function formatSummary(s: TFuzzSummary): string {
  const describe = (f: TFuzzFinding) =>
    `  ${f.status} ${f.c.method} ${f.c.url.slice(0, 140)} [${f.c.route.key}] caller=${f.c.caller} tags=${f.c.tags.join(",") || "-"}${f.known ? ` known: ${f.known}` : ""}\n    ${f.body.replace(/\s+/g, " ").slice(0, 200)}`;
  const group = (list: TFuzzFinding[]) => {
    const byRoute = new Map<string, TFuzzFinding[]>();
    for (const f of list) byRoute.set(f.c.route.key, [...(byRoute.get(f.c.route.key) ?? []), f]);
    return [...byRoute.values()].flatMap((fs) => [`${fs.length}×`, ...fs.slice(0, 3).map(describe)]);
  };
  return [
    `[fuzz] seed ${s.seed}: ${s.cases} cases over ${s.routes} routes in ${(s.ms / 1000).toFixed(1)} s; ` +
      `5xx found: ${s.fiveXx.length} (+ ${s.knownFiveXx.length} known, see known-issues.ts); ` +
      `row changes outside what a valid call changes: ${s.rowViolations.length}`,
    ...(s.fiveXx.length ? ["[fuzz] 5xx:", ...group(s.fiveXx)] : []),
    ...(s.knownFiveXx.length ? ["[fuzz] known 5xx:", ...group(s.knownFiveXx)] : []),
    ...s.rowViolations.map((v) => `[fuzz] rows: ${v}`),
  ].join("\n");
}
