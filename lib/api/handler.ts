/**
 * The one wrapper in front of every /api/v1 operation: bearer-token authentication, organization,
 * scope and rate limit, then content type, size and zod parsing of path, query and body, then the
 * handler, then ETag / If-None-Match. Every refusal is an RFC 9457 problem; nothing expected is a 500.
 */
import "server-only";
import { createHash } from "node:crypto";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { auditMetaOf } from "@/lib/audit-meta";
import { authenticateApiToken, type TApiCaller } from "@/lib/data/api-tokens";
import { consumeRateLimit } from "@/lib/data/rate-limit";
import { clientIp } from "@/lib/http/workshop-session";
import { AppError, isRejectedInputError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { BodyTooLargeError, readBodyText } from "@/lib/route";
import { containsNul, NUL_MESSAGE } from "@/lib/validation/text";
import { AUTH_FAILURE_LIMIT, DEFAULT_MAX_BODY_BYTES, RATE_LIMIT, WINDOW_SECONDS } from "./limits";
import { ApiProblem, type TAnySpec, type TApiResult, type THandlerInput } from "./endpoint";
import {
  fieldErrorProblems,
  problem,
  PROBLEM_CONTENT_TYPE,
  zodProblems,
  type TFieldProblem,
} from "./problem";
import { bearerToken } from "./token-format";

type TRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

const ZOrgSlug = z.string().min(1).max(60);

function problemResponse(
  status: number,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return new Response(JSON.stringify(problem(status, detail, extra)), {
    status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", ...headers },
  });
}

function appErrorResponse(err: AppError) {
  const status = err.code === "INVALID_INPUT" ? 422 : err.status;
  const errors: TFieldProblem[] | undefined = err.fieldErrors
    ? fieldErrorProblems(err.fieldErrors)
    : undefined;
  return problemResponse(status, err.message, errors ? { errors } : {});
}

const isJson = (type: string) => /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type);
const isYaml = (type: string) => /^(application|text)\/(x-)?yaml\s*(;|$)/i.test(type);

/** Reads the body: 415 for other media types, 413 above the cap, 400 for text that does not parse. */
async function readBody(request: Request, spec: TAnySpec): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  const yaml = spec.yamlBody && isYaml(type);
  if (!isJson(type) && !yaml)
    throw new ApiProblem(
      415,
      `Send the body as application/json${spec.yamlBody ? " or application/yaml" : ""}.`,
    );
  const max = spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  let text: string;
  try {
    // Content-Length checked first, then counted while streaming: nothing above the cap is buffered.
    text = await readBodyText(request, max);
  } catch (err) {
    if (err instanceof BodyTooLargeError) throw new ApiProblem(413, `The body is larger than ${max} bytes.`);
    throw err;
  }
  let body: unknown;
  try {
    body = yaml ? parseYaml(text, { maxAliasCount: 0 }) : JSON.parse(text);
  } catch {
    throw new ApiProblem(400, `The body is not valid ${yaml ? "YAML" : "JSON"}.`);
  }
  // PostgreSQL refuses NUL in text: refused here as bad input rather than failing in a query (500).
  if (containsNul(body)) throw new ApiProblem(400, `The body ${NUL_MESSAGE}.`);
  return body;
}

function parseOr<S extends z.ZodType>(
  schema: S,
  value: unknown,
  status: number,
  prefix: string,
  detail: string,
) {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiProblem(status, detail, { errors: zodProblems(parsed.error, prefix) });
  return parsed.data;
}

/** One value per query parameter: the first, as pages do (lib/validation/params.ts). */
function firstValues(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in out)) out[key] = value;
  return out;
}

function versionOf(header: string | null): number | null {
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header ?? "");
  return match ? Number(match[1]) : null;
}

const etagOf = (text: string) => `W/"${createHash("sha1").update(text).digest("base64url")}"`;

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

async function authenticate(request: Request): Promise<TApiCaller> {
  const token = bearerToken(request.headers.get("authorization"));
  const auth = token ? await authenticateApiToken(token, auditMetaOf(request)) : null;
  if (auth?.ok) return auth.caller;
  const limit = await consumeRateLimit(`api-auth:${clientIp(request)}`, {
    limit: AUTH_FAILURE_LIMIT,
    windowSeconds: WINDOW_SECONDS,
  });
  if (!limit.isAllowed)
    throw new ApiProblem(429, "Too many failed authentications from this address.", {
      retryAfter: limit.retryAfterSeconds,
    });
  const detail = !token
    ? "Send an API token: Authorization: Bearer swp_…"
    : auth?.reason === "expired"
      ? "This token has expired."
      : auth?.reason === "revoked"
        ? "This token was revoked."
        : "This token is not valid.";
  throw new ApiProblem(401, detail);
}

/** Builds the Next.js route handler of one operation. */
export function apiRoute<S extends TAnySpec>(
  spec: S,
  handler: (
    input: THandlerInput<NonNullable<S["params"]>, NonNullable<S["query"]>, NonNullable<S["body"]>>,
  ) => Promise<TApiResult>,
) {
  return async (request: Request, context: TRouteContext): Promise<Response> => {
    const headers: Record<string, string> = {};
    try {
      const raw = await context.params;
      const org = ZOrgSlug.safeParse(raw.org);
      if (!org.success) throw new AppError("NOT_FOUND", "Organization not found.");
      const caller = await authenticate(request);
      if (caller.ctx.orgSlug !== org.data) throw new AppError("NOT_FOUND", "Organization not found.");
      const limit = await consumeRateLimit(`api:${caller.token.id}`, {
        limit: RATE_LIMIT,
        windowSeconds: WINDOW_SECONDS,
      });
      Object.assign(headers, {
        "RateLimit-Limit": String(RATE_LIMIT),
        "RateLimit-Remaining": String(Math.max(0, RATE_LIMIT - limit.count)),
        "RateLimit-Reset": String(limit.retryAfterSeconds),
        "RateLimit-Policy": `${RATE_LIMIT};w=${WINDOW_SECONDS}`,
      });
      if (!limit.isAllowed) {
        headers["Retry-After"] = String(limit.retryAfterSeconds);
        throw new ApiProblem(429, `At most ${RATE_LIMIT} requests per minute per token.`);
      }
      if (spec.method !== "GET" && caller.token.scope !== "WRITE")
        throw new ApiProblem(403, "This token can only read (scope read).");
      const params = spec.params ? parseOr(spec.params, raw, 404, "", "Not found.") : {};
      const url = new URL(request.url);
      const query = spec.query
        ? parseOr(spec.query, firstValues(url.searchParams), 400, "query", "Invalid query parameters.")
        : {};
      const body = spec.body
        ? parseOr(spec.body, await readBody(request, spec), 422, "", "The body does not match the schema.")
        : undefined;
      const result = await handler({
        caller,
        params: params as never,
        query: query as never,
        body: body as never,
        request,
        ifMatchVersion: versionOf(request.headers.get("if-match")),
      });
      return respond(spec, request, result, headers);
    } catch (err) {
      if (err instanceof ApiProblem) {
        if (err.status === 429 && err.extra.retryAfter) headers["Retry-After"] = String(err.extra.retryAfter);
        return problemResponse(err.status, err.message, err.extra, headers);
      }
      if (err instanceof AppError) {
        const response = appErrorResponse(err);
        for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
        return response;
      }
      if (isRejectedInputError(err))
        return problemResponse(400, "The request contains characters that cannot be stored.", {}, headers);
      logger.error({ err, url: request.url, method: request.method }, "unhandled api error");
      return problemResponse(500, "Something went wrong. Please try again.", {}, headers);
    }
  };
}

function respond(spec: TAnySpec, request: Request, result: TApiResult, headers: Record<string, string>) {
  const text = JSON.stringify(result.body);
  if (process.env.NODE_ENV === "test") assertDocumented(spec, text);
  const status = result.status ?? spec.status ?? 200;
  const out: Record<string, string> = { ...headers, ...result.headers, "Cache-Control": "private, no-cache" };
  const payload = result.raw?.text ?? text;
  if (spec.method === "GET" && status === 200) {
    const etag = result.etag ?? etagOf(payload);
    out.ETag = etag;
    if (matchesEtag(request.headers.get("if-none-match"), etag))
      return new Response(null, { status: 304, headers: out });
  } else if (result.etag) out.ETag = result.etag;
  out["Content-Type"] = result.raw?.contentType ?? "application/json";
  return new Response(payload, { status, headers: out });
}

/** Tests only: a response that does not match its documented schema is a bug, so fail loudly. */
function assertDocumented(spec: TAnySpec, text: string) {
  const parsed = spec.response.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(
      `${spec.operationId}: response does not match its schema: ${z.prettifyError(parsed.error)}`,
    );
}

/** An operation: its spec (for the OpenAPI document) and its route handler (for app/api/v1). */
export function defineEndpoint<S extends TAnySpec>(
  spec: S,
  handler: (
    input: THandlerInput<NonNullable<S["params"]>, NonNullable<S["query"]>, NonNullable<S["body"]>>,
  ) => Promise<TApiResult>,
) {
  return { spec: spec as TAnySpec, handle: apiRoute(spec, handler) };
}
export type TEndpoint = ReturnType<typeof defineEndpoint>;
