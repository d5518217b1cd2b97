/**
 * The only reader of process.env for the app. Parsed once with zod so a bad setting fails at start-up
 * with every problem listed, not at the first request that needs it.
 */
import { z } from "zod";

const DEV_SECRET = "stepwise-development-secret-change-me-0123456789";

const ZServerEnv = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL"),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  })
  .transform((env, ctx) => {
    if (!env.NEXTAUTH_SECRET && env.NODE_ENV === "production") {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "is required in production" });
      return z.NEVER;
    }
    return { ...env, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? DEV_SECRET };
  });

export type TServerEnv = z.output<typeof ZServerEnv>;

let cached: TServerEnv | undefined;

/** Parsed settings; lazy so `next build` can import modules without a database configured. */
export function env(): TServerEnv {
  if (cached) return cached;
  const parsed = ZServerEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
