/**
 * Route-handler edge: JSON in, JSON out, errors as `{ error: { code, message, fieldErrors? } }` with
 * the matching 4xx. Malformed JSON and schema violations are 400s, never 500s.
 *
 * Every handler wrapped by `handleRoute` is guarded before it runs: a non-GET request must be
 * same-origin JSON (lib/security/same-origin.ts, against CSRF). Bodies are read with a byte cap
 * (`Content-Length` checked first, then counted while streaming): 413 beyond it, nothing buffered.
 */
import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { configuredOrigin } from "@/lib/env";
import { AppError, isRejectedInputError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { checkJsonMutation } from "@/lib/security/same-origin";
import { containsNul, NUL_MESSAGE } from "@/lib/validation/text";

/** Default cap for JSON bodies of route handlers. */
export const MAX_JSON_BYTES = 64 * 1024;

export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`Request body is larger than ${maxBytes} bytes.`);
  }
}

export function jsonError(
  status: number,
  code: string,
  message: string,
  fieldErrors?: Record<string, string[]>,
) {
  return NextResponse.json({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } }, { status });
}

/**
 * The body as text, at most `maxBytes`: a larger `Content-Length` is refused before reading, and a
 * body without one (chunked) is counted while it streams and cancelled at the cap.
 */
export async function readBodyText(request: Request, maxBytes = MAX_JSON_BYTES): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > maxBytes))
    throw new BodyTooLargeError(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads and validates a JSON body; throws AppError(INVALID_INPUT) with a precise message. */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  { maxBytes = MAX_JSON_BYTES }: { maxBytes?: number } = {},
): Promise<z.output<S>> {
  const text = await readBodyText(request, maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "Request body is not valid JSON.");
  }
  if (containsNul(body)) throw new AppError("INVALID_INPUT", `Request body ${NUL_MESSAGE}.`);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const { fieldErrors, formErrors } = z.flattenError(parsed.error);
    const first = parsed.error.issues[0];
    const message = first ? `${first.path.join(".") || "body"}: ${first.message}` : "Invalid request body.";
    throw new AppError("INVALID_INPUT", formErrors[0] ?? message, fieldErrors as Record<string, string[]>);
  }
  return parsed.data;
}

/** Wraps a handler so every failure becomes a JSON error with the right status. */
export function handleRoute<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    const guard = checkJsonMutation(request.method, request.headers, configuredOrigin());
    if (!guard.ok) return jsonError(guard.status, guard.code, guard.message);
    try {
      return await handler(request, context);
    } catch (err) {
      if (err instanceof AppError) return jsonError(err.status, err.code, err.message, err.fieldErrors);
      if (err instanceof BodyTooLargeError) return jsonError(413, "PAYLOAD_TOO_LARGE", err.message);
      if (isRejectedInputError(err))
        return jsonError(400, "INVALID_INPUT", "The request contains characters that cannot be stored.");
      logger.error({ err, url: request.url, method: request.method }, "unhandled route error");
      return jsonError(500, "INTERNAL", "Something went wrong. Please try again.");
    }
  };
}
