import pino from "pino";
import { currentRequestId } from "@/lib/observability/request-context";

/**
 * Structured JSON logs (one object per line on stdout). Every line written while a request is handled
 * carries its `requestId` (set by the HTTP hook in lib/observability/http-hook.ts, echoed as the
 * `x-request-id` response header). Secrets never go in here: log ids, not payloads; the redact list is
 * a safety net, not a licence.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "stepwise" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  mixin() {
    const requestId = currentRequestId();
    return requestId ? { requestId } : {};
  },
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "token",
      "*.token",
      "secret",
      "*.secret",
      "authorization",
      "*.authorization",
      "cookie",
      "*.cookie",
      "headers.authorization",
      "headers.cookie",
      "*.headers.authorization",
      "*.headers.cookie",
      "DATABASE_URL",
      "*.DATABASE_URL",
      "NEXTAUTH_SECRET",
      "*.NEXTAUTH_SECRET",
      "METRICS_TOKEN",
      "*.METRICS_TOKEN",
    ],
    censor: "[redacted]",
  },
});
