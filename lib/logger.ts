import pino from "pino";

/** Structured JSON logs. Secrets never go in here: log ids, not payloads. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "stepwise" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"], remove: true },
});
