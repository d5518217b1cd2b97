/**
 * Runs in the browser before the app starts (Next.js instrumentation-client). zod 4 probes
 * `Function("")` once to decide whether it may compile its parsers; under the nonce CSP of proxy.ts
 * (no 'unsafe-eval' in production) that probe is blocked and reported as a CSP violation on every page
 * that parses with zod. Jitless mode skips the probe: parsing is the same, only not compiled.
 */
import { config } from "zod/v4/core";

config({ jitless: true });
