// Verifying a Stepwise webhook (docs/integrations.md). Node.js, no dependencies; use the RAW request body.
import { createHmac, timingSafeEqual } from "node:crypto";

export function verifyStepwiseWebhook(
  secret: string, // whsec_… shown once when the webhook was created
  rawBody: string,
  signature: string | null, // the Stepwise-Signature header: "v1=<hex>"
  timestamp: string | null, // the Stepwise-Timestamp header: Unix seconds
  toleranceSeconds = 300,
): boolean {
  const ts = Number(timestamp);
  if (!signature || !Number.isInteger(ts)) return false;
  if (Math.abs(Date.now() / 1000 - ts) > toleranceSeconds) return false; // replayed or clock skew
  const expected = "v1=" + createHmac("sha256", secret).update(`${ts}.${rawBody}`).digest("hex");
  const a = Buffer.from(expected);
  const b = Buffer.from(signature);
  return a.length === b.length && timingSafeEqual(a, b);
}
