/** Where a request came from, for the audit log: client IP, user agent, request id. */
export type TRequestMeta = Readonly<{
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}>;

export function requestMeta(request: Request): TRequestMeta {
  const h = request.headers;
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null;
  return {
    ip: ip?.slice(0, 64) ?? null,
    userAgent: h.get("user-agent")?.slice(0, 500) ?? null,
    requestId: h.get("x-request-id")?.slice(0, 100) ?? null,
  };
}
