/**
 * The client address for rate limits in server actions: the address TRUSTED_PROXY_HOPS proxies vouch
 * for, or the socket peer; never a client-supplied first X-Forwarded-For hop (lib/security/client-ip.ts).
 */
import "server-only";
import { headers } from "next/headers";
import { requestClientIp } from "@/lib/security/client-ip";

export async function actionClientIp(): Promise<string> {
  return requestClientIp(await headers());
}
