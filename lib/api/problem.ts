/**
 * RFC 9457 problem details for /api/v1. Pure: builds the JSON body; lib/api/handler.ts sends it with
 * `Content-Type: application/problem+json`. Field problems carry the zod issue path ("answers.0.level").
 */
import type { z } from "zod";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
const TYPE_BASE = "https://stepwise.dev/problems/";

export type TFieldProblem = Readonly<{ path: string; message: string }>;
export type TProblem = Readonly<{
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: TFieldProblem[];
  [extra: string]: unknown;
}>;

const TITLES: Record<number, [slug: string, title: string]> = {
  400: ["bad-request", "Bad request"],
  401: ["unauthenticated", "Authentication required"],
  403: ["forbidden", "Forbidden"],
  404: ["not-found", "Not found"],
  405: ["method-not-allowed", "Method not allowed"],
  409: ["conflict", "Conflict"],
  412: ["precondition-failed", "Precondition failed"],
  413: ["payload-too-large", "Payload too large"],
  415: ["unsupported-media-type", "Unsupported media type"],
  422: ["validation-failed", "Validation failed"],
  429: ["rate-limited", "Too many requests"],
  500: ["internal", "Internal error"],
};

export function problem(
  status: number,
  detail: string,
  extra: Readonly<Record<string, unknown>> & { errors?: TFieldProblem[] } = {},
): TProblem {
  const [slug, title] = TITLES[status] ?? ["error", "Error"];
  return { type: `${TYPE_BASE}${slug}`, title, status, detail, ...extra };
}

/** "answers.0.level" for a zod issue path; "" (the whole value) for the root. */
export const issuePath = (path: ReadonlyArray<PropertyKey>) => path.map(String).join(".");

export function zodProblems(error: z.ZodError, prefix = ""): TFieldProblem[] {
  return error.issues.map((issue) => ({
    path: [prefix, issuePath(issue.path)].filter(Boolean).join("."),
    message: issue.message,
  }));
}

/** AppError field errors ({ field: [messages] }) as problem entries. */
export function fieldErrorProblems(
  fieldErrors: Readonly<Record<string, readonly string[]>>,
): TFieldProblem[] {
  return Object.entries(fieldErrors).flatMap(([path, messages]) =>
    messages.map((message) => ({ path, message })),
  );
}
