/**
 * Webhook signatures (pure): HMAC-SHA256 over `${timestamp}.${body}` with the endpoint's secret, sent as
 * `Stepwise-Signature: v1=<hex>` with `Stepwise-Timestamp` (Unix seconds) and `Stepwise-Event-Id`.
 * `verifyWebhookSignature` is the snippet docs/integrations.md tells receivers to use.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "Stepwise-Signature";
export const TIMESTAMP_HEADER = "Stepwise-Timestamp";
export const EVENT_ID_HEADER = "Stepwise-Event-Id";
export const EVENT_TYPE_HEADER = "Stepwise-Event";
export const DELIVERY_ID_HEADER = "Stepwise-Delivery-Id";

/** A new endpoint secret: `whsec_` + 32 random bytes (base64url). */
export const generateWebhookSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/**
 * True when `signature` is the HMAC of `${timestamp}.${body}` and the timestamp is within
 * `toleranceSeconds` of now (replay protection). Compare in constant time.
 */
export function verifyWebhookSignature(
  secret: string,
  headers: Readonly<{ signature: string | null; timestamp: string | null }>,
  body: string,
  nowSeconds = Math.floor(Date.now() / 1000),
  toleranceSeconds = 300,
): boolean {
  const ts = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(ts) || Math.abs(nowSeconds - ts) > toleranceSeconds)
    return false;
  const expected = Buffer.from(signWebhook(secret, ts, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
