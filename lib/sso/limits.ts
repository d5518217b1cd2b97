/** Rate limits of the SSO routes, counted in PostgreSQL (consumeRateLimit) so all instances share them. */
export const SSO_LIMITS = {
  startPerIp: { limit: 30, windowSeconds: 10 * 60 },
  startPerIdentifier: { limit: 10, windowSeconds: 10 * 60 },
  callbackPerIp: { limit: 60, windowSeconds: 10 * 60 },
  callbackPerEmail: { limit: 10, windowSeconds: 10 * 60 },
} as const;
