/**
 * The shared string schema. PostgreSQL refuses a NUL character (U+0000) in text, so a NUL that reached
 * a query became a 500. Every boundary refuses it instead: `zText()` for schemas, `containsNul` for the
 * generic checks in lib/route.ts, lib/action.ts and proxy.ts (bodies, form fields, URLs).
 */
import { z } from "zod";

export const NUL_MESSAGE = "must not contain NUL characters";
const NO_NUL = /^[^\u0000]*$/;

/** A string without NUL characters; chain `.trim().min().max()` as with z.string(). */
export const zText = () => z.string().regex(NO_NUL, NUL_MESSAGE);

/** True when `value` (a string, or any string inside arrays/objects, keys included) holds a NUL. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 32 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes("\u0000") || containsNul(v, depth + 1));
}
