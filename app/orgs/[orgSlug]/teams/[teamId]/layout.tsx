import type { ReactNode } from "react";
import { pageGuard, requireOrg, requireTeam } from "@/lib/authz";

/**
 * A missing or foreign team id is answered here with a 404, before any page below streams its loading
 * skeleton: once a skeleton is sent, the status is 200 whatever the page decides.
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
