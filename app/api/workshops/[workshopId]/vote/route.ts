import { NextResponse } from "next/server";
import { z } from "zod";
import { castVote, getOwnVote } from "@/lib/data/workshops/votes";
import { requireWorkshopAccess } from "@/lib/http/workshop-session";
import { handleRoute, parseJsonBody } from "@/lib/route";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ workshopId: string }> };

const ZVote = z.object({
  questionId: z.string().min(1).max(80),
  level: z.number().int().min(1).max(9).nullable(),
  notSure: z.boolean().default(false),
});

/** The caller's own vote on the current question: only ever returned to that participant. */
export const GET = handleRoute(async (_request: Request, context: TContext) => {
  const access = await requireWorkshopAccess((await context.params).workshopId);
  return NextResponse.json({ vote: await getOwnVote(access) }, { headers: { "Cache-Control": "no-store" } });
});

/** Casts or changes the caller's vote; stored before the response is sent. */
export const PUT = handleRoute(async (request: Request, context: TContext) => {
  const access = await requireWorkshopAccess((await context.params).workshopId);
  const input = await parseJsonBody(request, ZVote);
  const { seq } = await castVote(access, input);
  return NextResponse.json({ ok: true, seq });
});
