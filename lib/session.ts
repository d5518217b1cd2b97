/** Session-bound entry points for pages, actions and route handlers. */
import "server-only";
import { cache } from "react";
import { getSessionUserId } from "@/lib/auth";
import { resolveOrgContext } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import type { TOrgRole } from "@/lib/roles";

export async function requireUserId(): Promise<string> {
  const userId = await getSessionUserId();
  if (!userId) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  return userId;
}

/** Membership and role checked against the database on every request (cached within one). */
export const requireOrg = cache(async (orgSlug: string, minRole: TOrgRole = "VIEWER") =>
  resolveOrgContext(await requireUserId(), orgSlug, minRole),
);
