/**
 * Route templates for metric labels ("/orgs/[orgSlug]/teams/[teamId]", never the raw path), so the
 * number of series stays bounded. Built from Next.js's routes-manifest.json.
 */

export type TRoutesManifest = {
  staticRoutes?: ReadonlyArray<{ page: string; regex: string }>;
  dynamicRoutes?: ReadonlyArray<{ page: string; regex: string }>;
};

/** A function from a request path (query allowed) to its route template, "/_next/*" or "other". */
export function createRouteLabeler(manifest: TRoutesManifest): (url: string) => string {
  const statics = new Map<string, string>();
  for (const r of manifest.staticRoutes ?? []) statics.set(r.page, r.page);
  const dynamics = (manifest.dynamicRoutes ?? []).map((r) => ({ page: r.page, re: new RegExp(r.regex) }));
  return (url: string) => {
    const raw = url.split("?")[0] ?? "/";
    const path = raw.length > 1 ? raw.replace(/\/+$/, "") : raw;
    if (path.startsWith("/_next/static/")) return "/_next/static";
    if (path.startsWith("/_next/")) return "/_next/other";
    const hit = statics.get(path);
    if (hit) return hit;
    for (const d of dynamics) if (d.re.test(path)) return d.page;
    return "other";
  };
}
