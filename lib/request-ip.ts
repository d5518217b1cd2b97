/** The client address for rate limits in server actions: the first X-Forwarded-For hop, else X-Real-IP. */
import "server-only";
import { headers } from "next/headers";

export async function actionClientIp(): Promise<string> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || h.get("x-real-ip") || "unknown").slice(0, 64);
}
