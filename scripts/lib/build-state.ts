/** Whether a Next.js build directory is older than the sources it was built from. */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "lib", "content", "public"];

export function newestSourceMtime(dirs: readonly string[] = SOURCE_DIRS): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  dirs.forEach(walk);
  return newest;
}

/** True when `distDir` has no build, or a source file changed after it was built. */
export function isBuildStale(distDir: string): boolean {
  const buildId = path.join(distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  return newestSourceMtime() > statSync(buildId).mtimeMs;
}
