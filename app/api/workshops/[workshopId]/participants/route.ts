import { NextResponse } from "next/server";
import { joinAsMember } from "@/lib/data/workshops/join";
import { requireWorkshopAccess } from "@/lib/http/workshop-session";
import { handleRoute } from "@/lib/route";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ workshopId: string }> };

/** A signed-in member of the organization joins from the workshop page (guests join by code). */
export const POST = handleRoute(async (_request: Request, context: TContext) => {
  const access = await requireWorkshopAccess((await context.params).workshopId);
  const participantId = await joinAsMember(access);
  return NextResponse.json({ participantId });
});
