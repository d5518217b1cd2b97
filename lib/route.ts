/**
 * Route-handler edge: JSON in, JSON out, errors as `{ error: { code, message, fieldErrors? } }` with
 * the matching 4xx. Malformed JSON and schema violations are 400s, never 500s.
 */
import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export const MAX_JSON_BYTES = 16 * 1024;

export function jsonError(
  status: number,
  code: string,
  message: string,
  fieldErrors?: Record<string, string[]>,
) {
  return NextResponse.json({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } }, { status });
}

/** Reads and validates a JSON body; throws AppError(INVALID_INPUT) with a precise message. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES)
    throw new AppError("INVALID_INPUT", `Request body is larger than ${MAX_JSON_BYTES} bytes.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "Request body is not valid JSON.");
  }
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
    try {
      return await handler(request, context);
    } catch (err) {
      if (err instanceof AppError) return jsonError(err.status, err.code, err.message, err.fieldErrors);
      logger.error({ err, url: request.url, method: request.method }, "unhandled route error");
      return jsonError(500, "INTERNAL", "Something went wrong. Please try again.");
    }
  };
}
