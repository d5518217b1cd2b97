/**
 * Which Chromium the browser tests, screenshots and page benchmarks drive. Never a downloaded browser:
 *   1. Playwright's own Chromium, where `npx playwright install` could run;
 *   2. a system Chromium: CHROMIUM_PATH, else /usr/bin/chromium (Debian's package);
 *   3. the Chromium shipped inside the `@sparticuz/chromium` npm package (a devDependency), unpacked
 *      to /tmp on first use. So `npm install && npm test` works on a machine with no browser at all.
 * Only the flags below are passed; @sparticuz/chromium's own `args` are tuned for AWS Lambda.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export type TBrowser = { executablePath: string | undefined; source: string };

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

function playwrightOwn(): string | null {
  try {
    const own = chromium.executablePath();
    return own && existsSync(own) ? own : null;
  } catch {
    return null;
  }
}

export async function resolveBrowser(env: NodeJS.ProcessEnv = process.env): Promise<TBrowser> {
  const own = playwrightOwn();
  if (own) return { executablePath: undefined, source: `Playwright's own Chromium (${own})` };
  const system = env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(system)) return { executablePath: system, source: `system Chromium (${system})` };
  const { default: packaged } = await import("@sparticuz/chromium");
  const unpacked = await packaged.executablePath();
  return {
    executablePath: unpacked,
    source: `Chromium from the @sparticuz/chromium npm package (${unpacked})`,
  };
}
