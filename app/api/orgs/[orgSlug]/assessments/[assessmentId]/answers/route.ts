import { NextResponse } from "next/server";
import { z } from "zod";
import { getAssessment, saveAnswer } from "@/lib/data/assessments";
import { AppError } from "@/lib/errors";
import { handleRoute, parseJsonBody } from "@/lib/route";
import { requireOrg, requireOrgForCheckedWrite } from "@/lib/authz";
import { ZAnswerInput } from "@/lib/validation/answers";

type TContext = { params: Promise<{ orgSlug: string; assessmentId: string }> };

const ZParams = z.object({ orgSlug: z.string().min(1).max(60), assessmentId: z.string().min(1).max(40) });

async function parseParams(context: TContext) {
  const parsed = ZParams.safeParse(await context.params);
  if (!parsed.success) throw new AppError("NOT_FOUND", "Assessment not found.");
  return parsed.data;
}

/** The saved answers of an assessment (any member of the organization). */
export const GET = handleRoute(async (_request: Request, context: TContext) => {
  const { orgSlug, assessmentId } = await parseParams(context);
  const ctx = await requireOrg(orgSlug, "VIEWER");
  const assessment = await getAssessment(ctx, assessmentId);
  return NextResponse.json({ status: assessment.status, answers: assessment.answers });
});

/**
 * Autosave of one answer: an idempotent upsert of the question's full state. The hottest request:
 * saveAnswer re-checks membership, role and team in its SQL, so the context may come from a short cache.
 */
export const PUT = handleRoute(async (request: Request, context: TContext) => {
  const { orgSlug, assessmentId } = await parseParams(context);
  const ctx = await requireOrgForCheckedWrite(orgSlug, "LEAD");
  const input = await parseJsonBody(request, ZAnswerInput);
  const answer = await saveAnswer(ctx, assessmentId, input);
  return NextResponse.json({ answer });
});
