/** Limits of /api/v1 (shared by the handler and the OpenAPI description). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/** Requests per token per minute (STEPWISE_API_RATE_LIMIT overrides, e.g. for benchmarks). */
export const RATE_LIMIT = Number(process.env.STEPWISE_API_RATE_LIMIT) || 600;
/** Failed authentications per client address per minute. */
export const AUTH_FAILURE_LIMIT = 30;
export const WINDOW_SECONDS = 60;
