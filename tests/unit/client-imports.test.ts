/**
 * What client components take to the browser: a "use client" module and everything it imports (value
 * imports, followed through the repo's own modules) must not pull in zod (validation stays on the
 * server; limits the browser needs live in zod-free modules such as lib/validation/limits.ts), and
 * next-auth/react only on the sign-in and sign-up pages. Keeps the first-load JavaScript lean.
 */
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const files = execSync("git ls-files -co --exclude-standard -- 'app/*.tsx' 'components/*.tsx'", {
  cwd: root,
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .filter(Boolean);

/** Value imports of a module (type-only imports and `import type` are erased, so they do not count). */
function valueImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(?!type\s)([^;]*?)\s+from\s+"([^"]+)"/gms)) {
    const clause = m[2]!;
    // `import { type A, type B } from` is type-only as well.
    const names = clause.match(/\{([^}]*)\}/)?.[1];
    const typeOnly =
      names !== undefined &&
      !/^[\w$]+\s*,/.test(clause.trim()) &&
      names
        .split(",")
        .map((n) => n.trim())
        .filter(Boolean)
        .every((n) => n.startsWith("type "));
    if (!typeOnly) out.push(m[3]!);
  }
  for (const m of source.matchAll(/^\s*import\s+"([^"]+)"/gm)) out.push(m[1]!);
  return out;
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (existsSync(candidate) && !candidate.endsWith("/") && path.extname(candidate)) return candidate;
  return null;
}

/** The packages reachable from `file` through the repo's own modules, with the path that reached each. */
function reachablePackages(file: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (current: string, trail: string[]) => {
    if (seen.has(current)) return;
    seen.add(current);
    const source = readFileSync(current, "utf8");
    // A "use server" module reaches the browser as action references only, never as code.
    if (current !== path.join(root, file) && /^\s*["']use server["']/m.test(source)) return;
    for (const spec of valueImports(source)) {
      const next = resolve(current, spec);
      if (next) walk(next, [...trail, path.relative(root, next)]);
      else if (!spec.startsWith(".") && !spec.startsWith("@/") && !found.has(spec)) found.set(spec, trail);
    }
  };
  walk(path.join(root, file), [file]);
  return found;
}

const clientFiles = files.filter((f) =>
  /^\s*["']use client["']/m.test(readFileSync(path.join(root, f), "utf8")),
);

describe("client components", () => {
  it("are found", () => expect(clientFiles.length).toBeGreaterThan(20));

  it("do not ship zod to the browser", () => {
    const offenders = clientFiles.flatMap((f) => {
      const trail = reachablePackages(f).get("zod");
      return trail ? [trail.join(" → ")] : [];
    });
    expect(offenders).toEqual([]);
  });

  it("use next-auth/react only on the sign-in and sign-up pages", () => {
    const offenders = clientFiles.filter(
      (f) => reachablePackages(f).has("next-auth/react") && !/^app\/\(auth\)\/sign-(in|up)\//.test(f),
    );
    expect(offenders).toEqual([]);
  });
});
