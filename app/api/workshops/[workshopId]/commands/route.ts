import { NextResponse } from "next/server";
import { z } from "zod";
import { auditMetaOf } from "@/lib/audit-meta";
import { runWorkshopCommand } from "@/lib/data/workshops/commands";
import { endWorkshop } from "@/lib/data/workshops/end";
import { requireWorkshopAccess } from "@/lib/http/workshop-session";
import { countAssessmentSubmitted } from "@/lib/observability/metrics";
import { handleRoute, parseJsonBody } from "@/lib/route";
import { ZWorkshopCommand } from "@/lib/workshops/commands";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ workshopId: string }> };

const ZBody = z.union([ZWorkshopCommand, z.object({ type: z.literal("end") })]);

/** Facilitator commands (start, goto, reveal, revote, consensus, timer, end); FACILITATOR and ADMIN only. */
export const POST = handleRoute(async (request: Request, context: TContext) => {
  const access = await requireWorkshopAccess((await context.params).workshopId);
  const command = await parseJsonBody(request, ZBody);
  if (command.type === "end") {
    const { assessmentId, seq } = await endWorkshop(access, auditMetaOf(request));
    countAssessmentSubmitted();
    return NextResponse.json({ ok: true, seq, assessmentId });
  }
  const { seq } = await runWorkshopCommand(access, command, auditMetaOf(request));
  return NextResponse.json({ ok: true, seq });
});
