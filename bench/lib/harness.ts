/** Shared by the bench scripts: build once, wait for the server, sign in through next-auth. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { isBuildStale } from "../../scripts/lib/build-state";

/** Builds into `distDir` unless a build newer than the sources exists (or `force`). */
export function ensureBuild(
  distDir: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  { force = false } = {},
) {
  if (!force && !isBuildStale(distDir)) return log(`reusing the build in ${distDir}`);
  log(`next build into ${distDir}…`);
  const result = spawnSync(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "build"],
    { stdio: "inherit", env },
  );
  if (result.status !== 0) throw new Error("next build failed");
}

export async function waitFor(url: string, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (
      await fetch(url, { redirect: "manual" }).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not answer at ${url}`);
}

/** next-auth credentials sign-in with a one-site cookie jar; returns the Cookie header. */
export async function signIn(base: string, email: string, password: string) {
  const jar = new Map<string, string>();
  const keep = (res: Response) =>
    res.headers.getSetCookie().forEach((c) => {
      const [k, ...v] = c.split(";")[0]!.split("=");
      jar.set(k!.trim(), v.join("="));
    });
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: base, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign-in failed for ${email} (${res.status})`);
  return cookie();
}

/** Nearest-rank percentile of an ascending array. */
export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
