/**
 * The only reader of process.env for the app. Parsed once with zod so a bad setting fails at start-up
 * with every problem listed, not at the first request that needs it. `instrumentation-node.ts` calls
 * `env()` when the server starts, so a misconfigured pod crash-loops instead of serving errors.
 */
import { z } from "zod";
import { parseEncryptionKey } from "@/lib/sso/secret-box";

const DEV_SECRET = "stepwise-development-secret-change-me-0123456789";

const ZBool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");
const ZOptionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());

const ZServerEnv = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL"),
    NEXTAUTH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters (openssl rand -base64 32)")
      .optional(),
    NEXTAUTH_URL: ZOptionalUrl,
    /** Public base URL used in links sent by mail (falls back to NEXTAUTH_URL, then http://localhost:3000). */
    APP_URL: ZOptionalUrl,
    /** Outgoing mail (nodemailer), e.g. smtps://user:pass@smtp.example.com:465. Unset: no mail is sent. */
    SMTP_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .regex(/^smtps?:\/\/[^\s]+$/, "must be an smtp:// or smtps:// URL")
        .optional(),
    ),
    /** Sender of every mail: an address, or `Name <address>`. */
    MAIL_FROM: z
      .string()
      .min(3)
      .max(200)
      .regex(/^[^\r\n]*@[^\r\n]*$/, "must be an email address, optionally as `Name <address>`")
      .default("Stepwise <no-reply@stepwise.localhost>"),
    /**
     * How many reverse proxies (ingress, load balancer) append to X-Forwarded-For in front of the app.
     * 0 (default): the socket address is the client; N: the N-th address from the right end is.
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** Bearer token for /api/metrics. Unset: open in development, 404 in production. */
    METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    /** How long SIGTERM waits for in-flight requests before closing the pool and exiting anyway. */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(20_000),
    /** Tracing is off unless an OTLP endpoint is configured (standard OpenTelemetry variables). */
    OTEL_EXPORTER_OTLP_ENDPOINT: ZOptionalUrl,
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: ZOptionalUrl,
    OTEL_SDK_DISABLED: ZBool,
    OTEL_SERVICE_NAME: z.string().min(1).default("stepwise"),
    /** 32-byte key (hex or base64) sealing SSO client secrets at rest (AES-256-GCM). */
    STEPWISE_ENCRYPTION_KEY: z
      .string()
      .refine(
        (v) => parseEncryptionKey(v) !== null,
        "must be 32 bytes as 64 hex or base64 characters (openssl rand -base64 32)",
      )
      .optional(),
    /** Development and tests only: lets SSO issuers use http:// and private addresses. */
    SSO_ALLOW_INSECURE_ISSUERS: ZBool,
    /** Development and tests only: lets webhook endpoints and the Jira base URL use http://localhost. */
    WEBHOOKS_ALLOW_INSECURE_URLS: ZBool,
    /** How often each app instance delivers due webhooks (ms); 0 = never (use `npm run webhooks:deliver`). */
    WEBHOOK_WORKER_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
    /** How often each app instance runs the day's campaign reminders (ms); 0 = never (use `npm run campaigns:remind`). */
    CAMPAIGN_REMINDER_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
    OTEL_TRACES_SAMPLER: z
      .enum([
        "always_on",
        "always_off",
        "traceidratio",
        "parentbased_always_on",
        "parentbased_always_off",
        "parentbased_traceidratio",
      ])
      .default("parentbased_always_on"),
    OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).default(1),
  })
  .transform((env, ctx) => {
    if (!env.NEXTAUTH_SECRET && env.NODE_ENV === "production") {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "is required in production" });
      return z.NEVER;
    }
    const tracingEnabled =
      !env.OTEL_SDK_DISABLED &&
      Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
    return { ...env, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? DEV_SECRET, tracingEnabled };
  });

export type TServerEnv = z.output<typeof ZServerEnv>;

/** Parses a settings object (process.env in the app); throws one error listing every problem. */
export function parseServerEnv(source: Record<string, string | undefined>): TServerEnv {
  const parsed = ZServerEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let cached: TServerEnv | undefined;

/** Parsed settings; lazy so `next build` can import modules without a database configured. */
export function env(): TServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}

/** The password part of a connection string replaced, for logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

/** Settings safe to log at start-up: secrets only as "set"/"unset", URLs without passwords. */
export function describeEnv(e: TServerEnv): Record<string, string | number | boolean> {
  return {
    nodeEnv: e.NODE_ENV,
    database: redactUrl(e.DATABASE_URL),
    databasePoolMax: e.DATABASE_POOL_MAX,
    authSecret: e.NEXTAUTH_SECRET === DEV_SECRET ? "development default" : "set",
    publicUrl: e.NEXTAUTH_URL ?? "unset (Host header trusted)",
    appUrl: publicUrlOf(e),
    mail: e.SMTP_URL ? `${redactUrl(e.SMTP_URL)} from ${e.MAIL_FROM}` : "off (SMTP_URL unset)",
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    logLevel: e.LOG_LEVEL,
    metricsToken: e.METRICS_TOKEN ? "set" : "unset (metrics open in development, 404 in production)",
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    encryptionKey: e.STEPWISE_ENCRYPTION_KEY
      ? "set"
      : e.NODE_ENV === "production"
        ? "unset (SSO settings cannot be saved)"
        : "unset (development key derived from NEXTAUTH_SECRET)",
    ssoInsecureIssuers: e.SSO_ALLOW_INSECURE_ISSUERS,
    webhooksInsecureUrls: e.WEBHOOKS_ALLOW_INSECURE_URLS,
    webhookWorkerIntervalMs: e.WEBHOOK_WORKER_INTERVAL_MS,
    campaignReminderIntervalMs: e.CAMPAIGN_REMINDER_INTERVAL_MS,
    tracing: e.tracingEnabled ? `on (${e.OTEL_TRACES_SAMPLER}, service ${e.OTEL_SERVICE_NAME})` : "off",
  };
}

function publicUrlOf(e: Pick<TServerEnv, "APP_URL" | "NEXTAUTH_URL">): string {
  return (e.APP_URL ?? e.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/**
 * The configured public base URL (APP_URL, else NEXTAUTH_URL, else http://localhost:3000), without a
 * trailing slash, plus `path` when given. Links in mails are built from this, never from the Host header.
 */
export function publicUrl(path = ""): string {
  return `${publicUrlOf(env())}${path}`;
}

/** The origin of the configured public address, or null when none is configured (CSRF origin check). */
export function configuredOrigin(e: Pick<TServerEnv, "APP_URL" | "NEXTAUTH_URL"> = env()): string | null {
  const url = e.APP_URL ?? e.NEXTAUTH_URL;
  return url ? new URL(url).origin : null;
}
