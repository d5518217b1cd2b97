/**
 * One /api/v1 operation = one spec (zod schemas for path, query, body and response, plus the documented
 * error statuses) and one thin handler. The same spec drives request parsing (lib/api/handler.ts) and
 * the OpenAPI document (lib/api/openapi.ts), so the reference cannot drift from what the code accepts.
 */
import type { z } from "zod";
import type { TApiCaller } from "@/lib/data/api-tokens";

export type THttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type TObject = z.ZodObject<z.ZodRawShape>;

export type TEndpointSpec<P extends TObject, Q extends TObject, B extends z.ZodType> = Readonly<{
  operationId: string;
  method: THttpMethod;
  /** Below /api/v1, with `{name}` path parameters, e.g. "/orgs/{org}/teams/{teamId}". */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** Path parameters other than {org}. */
  params?: P;
  query?: Q;
  body?: B;
  /** Body media types accepted besides JSON (the assessment import also takes YAML). */
  yamlBody?: boolean;
  maxBodyBytes?: number;
  response: z.ZodType;
  /** Alternative representations of the success response (e.g. YAML export). */
  responseYaml?: boolean;
  status?: 200 | 201;
  /** Problem statuses this operation can answer besides 401, 404 (org) and 429, which all have. */
  errors: readonly number[];
  /** Documents an If-Match header carrying the resource version. */
  ifMatch?: boolean;
  /** false: no token needed (the OpenAPI document itself). */
  auth?: boolean;
}>;

export type TAnySpec = TEndpointSpec<TObject, TObject, z.ZodType>;

export type THandlerInput<P extends TObject, Q extends TObject, B extends z.ZodType> = Readonly<{
  caller: TApiCaller;
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
  request: Request;
  /** The If-Match header's version, if sent as "N" or W/"N". */
  ifMatchVersion: number | null;
}>;

export type TApiResult = Readonly<{
  body: unknown;
  status?: number;
  /** Overrides the body-hash ETag (e.g. a resource version). */
  etag?: string;
  /** A non-JSON representation (e.g. YAML); the body is then only used for validation. */
  raw?: Readonly<{ contentType: string; text: string }>;
  headers?: Readonly<Record<string, string>>;
}>;

/** A refusal with a specific status (412, 415, …) and optional extra problem members. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly extra: Readonly<Record<string, unknown>>;
  constructor(status: number, detail: string, extra: Readonly<Record<string, unknown>> = {}) {
    super(detail);
    this.name = "ApiProblem";
    this.status = status;
    this.extra = extra;
  }
}
