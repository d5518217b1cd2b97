/**
 * Where to go after signing in. Only a path on this site is accepted: the value is resolved against a
 * placeholder origin, exactly as the browser would resolve it, and refused unless the result keeps that
 * origin. So `//evil.example`, `/\evil.example` (browsers read `\` as `/`), tabs and newlines inside
 * `//`, and absolute URLs all fall back to /orgs.
 */
import { firstParam, type TSearchParamValue } from "@/lib/validation/params";

export const DEFAULT_CALLBACK = "/orgs";
const BASE = "http://stepwise.invalid";

export function safeCallbackPath(value: TSearchParamValue): string {
  const raw = firstParam(value);
  if (!raw || !raw.startsWith("/") || raw.includes("\u0000")) return DEFAULT_CALLBACK;
  try {
    const url = new URL(raw, BASE);
    if (url.origin !== BASE) return DEFAULT_CALLBACK;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return DEFAULT_CALLBACK;
  }
}
