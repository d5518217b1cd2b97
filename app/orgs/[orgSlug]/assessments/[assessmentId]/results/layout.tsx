import type { ReactNode } from "react";
import { pageGuard, requireOrg } from "@/lib/authz";
import { getAssessmentTeamId } from "@/lib/data/assessments";

/**
 * A missing or foreign assessment id is answered here with a 404, before the results page streams its
 * loading skeleton: once a skeleton is sent, the status is 200 whatever the page decides. Only the
 * results page has a skeleton, so only it has this layout: the questionnaire and respondent pages
 * answer a foreign id with 404 themselves and need not look the assessment up twice.
 */
export default async function AssessmentResultsLayout({
  children,
  params,
}: Readonly<{ children: ReactNode; params: Promise<{ orgSlug: string; assessmentId: string }> }>) {
  const { orgSlug, assessmentId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  await pageGuard(getAssessmentTeamId(ctx, assessmentId));
  return children;
}
