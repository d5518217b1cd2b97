import type { ReactNode } from "react";
import { pageGuard, requireOrg } from "@/lib/authz";
import { getAssessmentTeamId } from "@/lib/data/assessments";

/**
 * A missing or foreign assessment id is answered here with a 404, before any page below streams its
 * loading skeleton: once a skeleton is sent, the status is 200 whatever the page decides.
 */
export default async function AssessmentLayout({
  children,
  params,
}: Readonly<{ children: ReactNode; params: Promise<{ orgSlug: string; assessmentId: string }> }>) {
  const { orgSlug, assessmentId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  await pageGuard(getAssessmentTeamId(ctx, assessmentId));
  return children;
}
