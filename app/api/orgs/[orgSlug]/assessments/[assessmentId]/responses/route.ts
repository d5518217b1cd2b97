import { NextResponse } from "next/server";
import { z } from "zod";
import { getMyResponses, saveResponse } from "@/lib/data/respondents/responses";
import { AppError } from "@/lib/errors";
import { handleRoute, parseJsonBody } from "@/lib/route";
import { requireOrg } from "@/lib/authz";
import { ZAnswerInput } from "@/lib/validation/answers";

type TContext = { params: Promise<{ orgSlug: string; assessmentId: string }> };

const ZParams = z.object({ orgSlug: z.string().min(1).max(60), assessmentId: z.string().min(1).max(40) });

async function parseParams(context: TContext) {
  const parsed = ZParams.safeParse(await context.params);
  if (!parsed.success) throw new AppError("NOT_FOUND", "Assessment not found.");
  return parsed.data;
}

/** The caller's OWN responses: other respondents' answers are never returned here. */
export const GET = handleRoute(async (_request: Request, context: TContext) => {
  const { orgSlug, assessmentId } = await parseParams(context);
  const ctx = await requireOrg(orgSlug, "MEMBER");
  const mine = await getMyResponses(ctx, assessmentId);
  return NextResponse.json({ isOpen: mine.isOpen, finishedAt: mine.finishedAt, responses: mine.responses });
});

/** Autosave of one private response (same body as the answers endpoint); 409 once answering is closed. */
export const PUT = handleRoute(async (request: Request, context: TContext) => {
  const { orgSlug, assessmentId } = await parseParams(context);
  const ctx = await requireOrg(orgSlug, "MEMBER");
  const input = await parseJsonBody(request, ZAnswerInput);
  const response = await saveResponse(ctx, assessmentId, input);
  return NextResponse.json({ response });
});
