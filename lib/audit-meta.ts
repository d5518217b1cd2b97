/**
 * Edge helper: the audit metadata (client IP, user agent, request id) of the current request, read once
 * by a page, server action or route handler and passed down to lib/data functions that call recordAudit.
 */
import "server-only";
import { headers } from "next/headers";
import { auditMetaFromHeaders, type TAuditMeta } from "@/lib/audit/events";
import { env } from "@/lib/env";
import { currentRemoteAddress, currentRequestId } from "@/lib/observability/request-context";

export type { TAuditMeta } from "@/lib/audit/events";

/** The socket peer of the request being handled and how many proxies in front of us to believe. */
const peer = () => ({ remoteAddress: currentRemoteAddress(), trustedHops: env().TRUSTED_PROXY_HOPS });

/** From the incoming request's headers (pages, server actions and route handlers alike). */
export async function requestAuditMeta(): Promise<TAuditMeta> {
  const h = await headers();
  const meta = auditMetaFromHeaders((name) => h.get(name), peer());
  return meta.requestId ? meta : { ...meta, requestId: currentRequestId() ?? null };
}

/** From a Request or a plain header record (next-auth's `authorize(credentials, req)` gets the latter). */
export function auditMetaOf(source: Request | { headers?: Record<string, unknown> } | undefined): TAuditMeta {
  let meta: TAuditMeta;
  if (source instanceof Request) {
    meta = auditMetaFromHeaders((name) => source.headers.get(name), peer());
  } else {
    const record = source?.headers ?? {};
    meta = auditMetaFromHeaders((name) => {
      const value = record[name];
      return typeof value === "string" ? value : Array.isArray(value) ? String(value[0] ?? "") : null;
    }, peer());
  }
  return meta.requestId ? meta : { ...meta, requestId: currentRequestId() ?? null };
}
