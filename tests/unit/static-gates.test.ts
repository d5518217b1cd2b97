/**
 * The style gates bite: `npm test` runs `prettier --check` and `eslint --max-warnings=0` over the tree
 * (scripts/test.ts), with the repository's own configs. Here both tools judge small snippets through
 * their Node APIs, so a config change that silently turns a gate off fails this test.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ESLint } from "eslint";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root });

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

async function isFormatted(file: string, code: string) {
  const options = await prettier.resolveConfig(path.join(root, file));
  return prettier.check(code, { ...options, filepath: path.join(root, file) });
}

// The first lint loads the config and its plugins: seconds on a busy machine.
describe("import boundaries (eslint.config.mjs)", { timeout: 120_000 }, () => {
  it("refuses app/ imports from components/ and lib/", async () => {
    const code = 'import { x } from "@/app/orgs/actions";\n\nexport const y = x;\n';
    for (const file of ["components/example.ts", "lib/example.ts", "lib/data/example.ts"])
      expect((await lint(file, code)).join("\n")).toMatch(/never import from app\//);
  });

  it("refuses next/* in lib/data (cookies, headers and IPs are read at the edge)", async () => {
    const code = 'import { cookies } from "next/headers";\n\nexport const c = cookies;\n';
    expect((await lint("lib/data/example.ts", code)).join("\n")).toMatch(/read at the edge/);
    expect(await lint("lib/http/example.ts", code)).toEqual([]);
  });

  it("refuses the database client in app/, but allows Prisma types", async () => {
    const db = 'import { db } from "@/lib/db";\n\nexport const d = db;\n';
    expect((await lint("app/example/page.ts", db)).join("\n")).toMatch(/through lib\/data/);
    const types =
      'import type { Prisma } from "@prisma/client";\n\nexport type T = Prisma.TransactionClient;\n';
    expect(await lint("app/example/page.ts", types)).toEqual([]);
  });

  it("keeps authorization one module: app/ imports @/lib/authz, lib/data only its session-free parts", async () => {
    const deep = 'import { requireOrg } from "@/lib/authz/session";\n\nexport const r = requireOrg;\n';
    expect((await lint("app/example/page.ts", deep)).join("\n")).toMatch(/from @\/lib\/authz/);
    expect((await lint("components/example.ts", deep)).join("\n")).toMatch(/from @\/lib\/authz/);
    expect((await lint("lib/data/example.ts", deep)).join("\n")).toMatch(/resolved at the edge/);
    const index = 'import { requireTeam } from "@/lib/authz";\n\nexport const r = requireTeam;\n';
    expect((await lint("lib/data/example.ts", index)).join("\n")).toMatch(/takes an OrgContext/);
    expect(await lint("app/example/page.ts", index)).toEqual([]);
    const context = 'import { requireTeam } from "@/lib/authz/context";\n\nexport const r = requireTeam;\n';
    expect(await lint("lib/data/example.ts", context)).toEqual([]);
    const roles = 'import { hasRole } from "@/lib/authz/roles";\n\nexport const h = hasRole;\n';
    expect(await lint("components/example.ts", roles)).toEqual([]);
    expect(await lint("app/example/form.tsx", roles)).toEqual([]);
  });

  it("accepts the same import where it belongs", async () => {
    const code = 'import { x } from "@/app/orgs/actions";\n\nexport const y = x;\n';
    expect(await lint("app/orgs/example.ts", code)).toEqual([]);
  });
});

describe("formatting (prettier, printWidth 110)", () => {
  it("flags an unformatted file and passes a formatted one", async () => {
    expect(await isFormatted("lib/example.ts", "const  a = {b:1}\n")).toBe(false);
    expect(await isFormatted("lib/example.ts", "const a = { b: 1 };\n")).toBe(true);
  });

  it("wraps at 110 columns", async () => {
    const long = `export const list = [${Array.from({ length: 30 }, (_, i) => `"item${i}"`).join(", ")}];\n`;
    expect(await isFormatted("lib/example.ts", long)).toBe(false);
    const config = JSON.parse(await readFile(path.join(root, ".prettierrc.json"), "utf8")) as {
      printWidth: number;
    };
    expect(config.printWidth).toBe(110);
  });
});
