import "server-only";
import { notFound, redirect } from "next/navigation";
import { AppError, SsoRequiredError } from "@/lib/errors";

/** Pages: foreign or missing → 404 (never "forbidden", which would confirm the id exists); signed-out → sign-in. */
export async function pageGuard<T>(work: Promise<T>, callbackUrl?: string): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof AppError && (err.code === "NOT_FOUND" || err.code === "FORBIDDEN")) notFound();
    if (err instanceof SsoRequiredError) {
      const back = callbackUrl ? `&callbackUrl=${encodeURIComponent(callbackUrl)}` : "";
      redirect(`/sign-in?sso=${encodeURIComponent(err.orgSlug)}&reason=sso-required${back}`);
    }
    if (err instanceof AppError && err.code === "UNAUTHENTICATED") {
      redirect(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
    }
    throw err;
  }
}
