/** Request ids: accepted from the ingress/load balancer when they look sane, otherwise generated. */

export const REQUEST_ID_HEADER = "x-request-id";
const SAFE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The incoming id when it is safe to log and echo back, else a fresh one from `generate`. */
export function pickRequestId(incoming: string | string[] | undefined, generate: () => string): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && SAFE_ID.test(value) ? value : generate();
}
