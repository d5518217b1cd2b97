import type { ReactNode } from "react";
import { pageGuard, requireOrg, requireTeam } from "@/lib/authz";

/**
 * A missing or foreign team id is answered here with a 404, before the team page streams its loading
 * skeleton: once a skeleton is sent, the status is 200 whatever the page decides. It lives in the
 * (team) group so it wraps the team page only: the other pages under teams/[teamId] have no loading
 * boundary above them, answer a foreign id with 404 themselves, and need not look the team up twice.
 */
export default async function TeamLayout({
  children,
  params,
}: Readonly<{ children: ReactNode; params: Promise<{ orgSlug: string; teamId: string }> }>) {
  const { orgSlug, teamId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  await pageGuard(requireTeam(ctx, teamId));
  return children;
}
