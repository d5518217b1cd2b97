import { NextResponse } from "next/server";
import { getPublicState } from "@/lib/data/workshops/state";
import { requireWorkshopAccess } from "@/lib/http/workshop-session";
import { handleRoute } from "@/lib/route";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ workshopId: string }> };

/** The public state (the same document the event stream sends) plus who the caller is. */
export const GET = handleRoute(async (_request: Request, context: TContext) => {
  const access = await requireWorkshopAccess((await context.params).workshopId);
  const state = await getPublicState(access);
  const me = {
    participantId: access.participantId,
    isGuest: access.isGuest,
    canFacilitate: access.canFacilitate,
  };
  return NextResponse.json({ state, me }, { headers: { "Cache-Control": "no-store" } });
});
