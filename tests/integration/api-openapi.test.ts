import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/v1/document";
import { ENDPOINTS } from "@/lib/api/v1/index";

const V1 = path.join(process.cwd(), "app", "api", "v1");

/** Every route.ts under app/api/v1 as "METHOD /path" with OpenAPI-style {params}. */
function routeOperations(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "route.ts") {
        const route = path
          .relative(V1, dir)
          .split(path.sep)
          .map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"))
          .join("/");
        const source = readFileSync(full, "utf8");
        for (const m of source.matchAll(
          /export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g,
        ))
          out.push(`${m[1]} /${route}`);
      }
    }
  };
  walk(V1);
  return out.sort();
}

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // The validator can fail: a document without info or with a broken reference is refused.
    const { info: _info, ...broken } = doc;
    expect((await new Validator().validate(broken as never)).valid).toBe(false);
  });

  it("documents every v1 route (and nothing that does not exist)", () => {
    const doc = openApiDocument() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    expect(routeOperations()).toEqual(documented);
  });

  it("gives every operation a response schema, bodies a request schema, and path params a schema", () => {
    for (const { spec } of ENDPOINTS) {
      expect(spec.response, spec.operationId).toBeDefined();
      if (["POST", "PUT", "PATCH"].includes(spec.method) && spec.operationId !== "submitAssessment")
        expect(spec.body, spec.operationId).toBeDefined();
      const names = [...spec.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((n) => n !== "org");
      expect(Object.keys(spec.params?.shape ?? {}).sort(), spec.operationId).toEqual(names.sort());
    }
    const ids = ENDPOINTS.map((e) => e.spec.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
