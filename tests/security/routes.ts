/**
 * Every page, route handler and server action of the app, read from the build (the .next dir that
 * `next start` serves): app-paths-manifest.json for pages and route handlers, the route handlers'
 * sources for their HTTP methods, server-reference-manifest.json for the server actions' ids, their
 * files and the pages that can run them. Nothing here is hand-listed.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export type TPageRoute = { kind: "page"; key: string; pattern: string };
export type THandlerRoute = { kind: "handler"; key: string; pattern: string; method: string };
export type TActionRoute = {
  kind: "action";
  key: string;
  id: string;
  file: string;
  name: string;
  /** Page patterns whose bundle includes the action (any of them can receive the POST). */
  pages: string[];
};
export type TRoute = TPageRoute | THandlerRoute | TActionRoute;

export const distDir = () => path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next");

/** "/(auth)/sign-in/page" → "/sign-in": route groups are not part of the URL. */
export function urlPattern(entry: string): string {
  const segments = entry
    .split("/")
    .slice(0, -1)
    .filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** The HTTP methods a route handler exports (`export const GET`, `export async function POST`, `export { h as GET }`). */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:const|function|let)\s+([A-Z]+)\b/g))
    found.add(m[1]!);
  for (const block of source.matchAll(/export\s*\{([^}]*)\}/g))
    for (const part of block[1]!.split(","))
      found.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
  return METHODS.filter((m) => found.has(m));
}

function sourceFile(appEntry: string): string {
  for (const ext of [".ts", ".tsx", ".js"]) {
    const file = path.join("app", `${appEntry}${ext}`);
    if (existsSync(file)) return file;
  }
  throw new Error(`no source file for app${appEntry}`);
}

export function discoverPagesAndHandlers(dir = distDir()): (TPageRoute | THandlerRoute)[] {
  const manifest = JSON.parse(
    readFileSync(path.join(dir, "server", "app-paths-manifest.json"), "utf8"),
  ) as Record<string, string>;
  const routes: (TPageRoute | THandlerRoute)[] = [];
  for (const entry of Object.keys(manifest).sort()) {
    // Framework entries (/_not-found, /_global-error, the favicon) are not ours.
    if (
      entry.startsWith("/_") ||
      entry.includes("/_not-found") ||
      /\.(ico|png|svg|txt|xml)\/route$/.test(entry)
    )
      continue;
    const pattern = urlPattern(entry);
    if (entry.endsWith("/page")) routes.push({ kind: "page", key: pattern, pattern });
    else if (entry.endsWith("/route"))
      for (const method of exportedMethods(readFileSync(sourceFile(entry), "utf8")))
        routes.push({ kind: "handler", key: `${method} ${pattern}`, pattern, method });
  }
  return routes;
}

type TServerReferenceManifest = {
  node: Record<
    string,
    { workers: Record<string, unknown>; filename?: string; exportedName?: string; layer?: unknown }
  >;
};

export function discoverActions(dir = distDir()): TActionRoute[] {
  const manifest = JSON.parse(
    readFileSync(path.join(dir, "server", "server-reference-manifest.json"), "utf8"),
  ) as TServerReferenceManifest;
  const actions: TActionRoute[] = [];
  for (const [id, entry] of Object.entries(manifest.node)) {
    const file = (entry.filename ?? "").replace(/^\.\//, "");
    const name = entry.exportedName ?? "";
    if (!file || !name) throw new Error(`server action ${id} has no filename/exportedName in the manifest`);
    const pages = Object.keys(entry.workers)
      .map((w) => w.replace(/^app/, ""))
      .filter((w) => w.endsWith("/page"))
      .map(urlPattern)
      .sort((a, b) => a.length - b.length);
    actions.push({ kind: "action", key: `${file}#${name}`, id, file, name, pages });
  }
  return actions.sort((a, b) => a.key.localeCompare(b.key));
}

export function discoverRoutes(dir = distDir()): TRoute[] {
  return [...discoverPagesAndHandlers(dir), ...discoverActions(dir)];
}

/** Path parameters of a pattern, in order: "/orgs/[orgSlug]/teams/[teamId]" → ["orgSlug", "teamId"]. */
export const paramsOf = (pattern: string) =>
  [...pattern.matchAll(/\[(?:\.\.\.)?([A-Za-z]+)\]/g)].map((m) => m[1]!);

export function fillPattern(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\[(?:\.\.\.)?([A-Za-z]+)\]/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for [${name}] in ${pattern}`);
    return encodeURIComponent(wellFormed(v));
  });
}

/** Lone surrogates cannot be percent-encoded: they become U+FFFD (what a browser would send). */
export const wellFormed = (v: string) =>
  v.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
