/** Expected, user-explainable failures. Anything that is not an AppError is a bug and gets logged. */
export type TAppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "INVALID_INPUT"
  | "INVALID_STATE"
  | "RATE_LIMITED";

const STATUS: Record<TAppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  INVALID_STATE: 409,
  RATE_LIMITED: 429,
};

export class AppError extends Error {
  readonly code: TAppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  constructor(code: TAppErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
  get status() {
    return STATUS[this.code];
  }
}

export const isAppError = (err: unknown): err is AppError => err instanceof AppError;

/** UNAUTHENTICATED because the organization needs another sign-in method (its SSO); pages send the person there. */
export class SsoRequiredError extends AppError {
  readonly orgSlug: string;
  constructor(orgSlug: string, message: string) {
    super("UNAUTHENTICATED", message);
    this.name = "SsoRequiredError";
    this.orgSlug = orgSlug;
  }
}

/** PostgreSQL refusing a value (a NUL byte, a bad encoding): the client's input, not a server fault. */
export function isRejectedInputError(err: unknown): boolean {
  const code = (err as { meta?: { code?: unknown } } | null)?.meta?.code;
  const message = err instanceof Error ? err.message : "";
  return code === "22021" || code === "22P05" || /invalid byte sequence for encoding|\b0x00\b/.test(message);
}
