/**
 * The OpenAPI 3.1 document of /api/v1, generated from the operations' zod schemas (z.toJSONSchema,
 * JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Schemas with a `.meta({ id })` become shared
 * components: output shapes under their id, request shapes under `<id>Input` (defaults make them differ).
 */
import { z } from "zod";
import type { TAnySpec } from "./endpoint";
import { AUTH_FAILURE_LIMIT, DEFAULT_MAX_BODY_BYTES, RATE_LIMIT } from "./limits";

type TJson = Record<string, unknown>;

const PROBLEM_SCHEMA = {
  type: "object",
  description: "RFC 9457 problem details.",
  required: ["type", "title", "status", "detail"],
  properties: {
    type: { type: "string", format: "uri" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    errors: {
      type: "array",
      description: "Field problems; `path` is the zod issue path (e.g. `answers.0.level`, `query.limit`).",
      items: {
        type: "object",
        required: ["path", "message"],
        properties: { path: { type: "string" }, message: { type: "string" } },
      },
    },
  },
};

const STATUS_TEXT: Record<number, string> = {
  400: "Malformed request (query, JSON or cursor)",
  401: "Missing, unknown, expired or revoked token",
  403: "The token's scope, team restriction or the person's role does not allow this",
  404: "Unknown here (another organization's ids are unknown too)",
  409: "The resource's state does not allow this (e.g. already submitted)",
  412: "The version in If-Match (or `version`) is not the current one",
  413: "Body too large",
  415: "Body is not JSON",
  422: "Body does not match the schema or the model",
  429: "Rate limit reached",
};

const RATE_HEADERS = {
  "RateLimit-Limit": { schema: { type: "integer" }, description: "Requests allowed per window." },
  "RateLimit-Remaining": { schema: { type: "integer" }, description: "Requests left in the window." },
  "RateLimit-Reset": { schema: { type: "integer" }, description: "Seconds until the window resets." },
};

class SchemaCollector {
  readonly components: Record<string, TJson> = {};

  convert(schema: z.ZodType, io: "input" | "output"): TJson {
    const suffix = io === "input" ? "Input" : "";
    const json = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as TJson;
    const { $schema: _schema, $defs, ...rest } = json;
    const rewrite = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rewrite);
      if (value && typeof value === "object") {
        return Object.fromEntries(
          Object.entries(value).map(([k, v]) => [
            k,
            k === "$ref" && typeof v === "string" && v.startsWith("#/$defs/")
              ? `#/components/schemas/${v.slice("#/$defs/".length)}${suffix}`
              : rewrite(v),
          ]),
        );
      }
      return value;
    };
    for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, TJson>))
      this.components[`${id}${suffix}`] = rewrite(def) as TJson;
    const { id, ...body } = rest as TJson & { id?: string };
    if (typeof id === "string") {
      // The top-level schema itself has an id: share it and refer to it.
      this.components[`${id}${suffix}`] = rewrite(body) as TJson;
      return { $ref: `#/components/schemas/${id}${suffix}` };
    }
    return rewrite(rest) as TJson;
  }
}

function parameters(spec: TAnySpec, schemas: SchemaCollector) {
  const out: TJson[] = [{ $ref: "#/components/parameters/org" }];
  const add = (where: "path" | "query", object: z.ZodObject<z.ZodRawShape> | undefined) => {
    if (!object) return;
    const json = schemas.convert(object, "input") as {
      properties?: Record<string, TJson>;
      required?: string[];
    };
    for (const [name, schema] of Object.entries(json.properties ?? {})) {
      const { description, ...rest } = schema;
      out.push({
        name,
        in: where,
        required: where === "path" || (json.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  };
  add("path", spec.params);
  add("query", spec.query);
  if (spec.ifMatch)
    out.push({
      name: "If-Match",
      in: "header",
      required: false,
      description:
        'The version you read, e.g. `"3"` (the ETag of the GET). Alternative to the `version` body field.',
      schema: { type: "string" },
    });
  if (spec.method === "GET")
    out.push({
      name: "If-None-Match",
      in: "header",
      required: false,
      description: "An ETag from an earlier answer: 304 Not Modified if nothing changed.",
      schema: { type: "string" },
    });
  return out;
}

function operation(spec: TAnySpec, schemas: SchemaCollector): TJson {
  const status = String(spec.status ?? 200);
  const content: TJson = { "application/json": { schema: schemas.convert(spec.response, "output") } };
  if (spec.responseYaml) content["application/yaml"] = { schema: { type: "string" } };
  const errors = [
    ...new Set([401, 404, 429, ...spec.errors, ...(spec.method === "GET" ? [] : [403])]),
  ].sort();
  const responses: TJson = {
    [status]: {
      description: spec.status === 201 ? "Created" : "OK",
      headers: {
        ...RATE_HEADERS,
        ...(spec.method === "GET" ? { ETag: { schema: { type: "string" } } } : {}),
      },
      content,
    },
    ...(spec.method === "GET" ? { "304": { description: "Not modified (If-None-Match matched)" } } : {}),
    ...Object.fromEntries(
      errors.map((code) => [String(code), { $ref: `#/components/responses/Problem${code}` }]),
    ),
  };
  const body = spec.body
    ? {
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: schemas.convert(spec.body, "input") },
            ...(spec.yamlBody ? { "application/yaml": { schema: { type: "string" } } } : {}),
          },
        },
      }
    : {};
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: [spec.tag],
    parameters: parameters(spec, schemas),
    ...body,
    responses,
  };
}

export function buildOpenApiDocument(specs: readonly TAnySpec[], serverUrl = "/api/v1") {
  const schemas = new SchemaCollector();
  const paths: Record<string, TJson> = {};
  for (const spec of specs) {
    const item = (paths[spec.path] ??= {});
    item[spec.method.toLowerCase()] = operation(spec, schemas);
  }
  const problemCodes = [400, 401, 403, 404, 409, 412, 413, 415, 422, 429];
  return {
    openapi: "3.1.0",
    info: {
      title: "Stepwise API",
      version: "1.0.0",
      description: [
        "Platform-maturity assessments, journeys and plans for scripts, CI and portals.",
        "",
        "Authenticate with an API token (organization settings → API tokens): `Authorization: Bearer swp_…`.",
        "A token belongs to one organization; a read token can only GET; a team-restricted token sees one team.",
        `Lists are cursor-paged (\`limit\`, \`cursor\` → \`nextCursor\`). Reads send an ETag (304 for If-None-Match). Rate limit: ${RATE_LIMIT} requests per minute per token (RateLimit-* headers), ${AUTH_FAILURE_LIMIT} failed authentications per minute per address. Bodies are JSON, at most ${DEFAULT_MAX_BODY_BYTES / 1024} KiB unless stated. Errors are RFC 9457 problem+json.`,
      ].join("\n"),
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    tags: [...new Set(specs.map((s) => s.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An API token (swp_…)." },
      },
      parameters: {
        org: {
          name: "org",
          in: "path",
          required: true,
          description: "The organization's slug (as in /orgs/<slug>).",
          schema: { type: "string" },
        },
      },
      schemas: { Problem: PROBLEM_SCHEMA, ...schemas.components },
      responses: Object.fromEntries(
        problemCodes.map((code) => [
          `Problem${code}`,
          {
            description: STATUS_TEXT[code],
            content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
          },
        ]),
      ),
    },
  };
}
