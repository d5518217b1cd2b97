import "server-only";
import { redirect } from "next/navigation";
import { requireWorkshopAccess } from "@/lib/http/workshop-session";
import { AppError } from "@/lib/errors";
import { livePath } from "@/lib/paths";

/** Workshop pages: no access (signed out, expired guest, foreign id) → the join page, which reveals nothing. */
export async function pageWorkshopAccess(workshopId: string) {
  try {
    return await requireWorkshopAccess(workshopId);
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") redirect(livePath());
    throw err;
  }
}
