/** Calls /api/v1 route handlers in-process with a real token against the real test database. */
import type { OrgContext } from "@/lib/authz";
import type { TEndpoint } from "@/lib/api/handler";
import { createApiToken, type TApiTokenInputRaw, type TApiTokenKind } from "@/lib/data/api-tokens";

export type TCall = {
  token?: string | null;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  org: string;
};

export async function call(
  endpoint: TEndpoint,
  { token, params = {}, query = {}, body, rawBody, headers = {}, org }: TCall,
) {
  const path = endpoint.spec.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === "org" ? org : params[name]!,
  );
  const url = `http://stepwise.test/api/v1${path}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ""}`;
  const hasBody = body !== undefined || rawBody !== undefined;
  const request = new Request(url, {
    method: endpoint.spec.method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(hasBody ? { "Content-Type": "application/json" } : {}),
      "X-Forwarded-For": "203.0.113.7",
      ...headers,
    },
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const response = await endpoint.handle(request, { params: Promise.resolve({ org, ...params }) });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions read arbitrary JSON
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, json, text };
}

export async function tokenFor(
  ctx: OrgContext,
  input: Partial<TApiTokenInputRaw> = {},
  kind: TApiTokenKind = "PERSONAL",
) {
  const { token, summary } = await createApiToken(ctx, kind, { name: "test", scope: "WRITE", ...input });
  return { token, id: summary.id };
}
