import { NextResponse } from "next/server";
import { z } from "zod";
import { auditMetaOf } from "@/lib/audit-meta";
import { runWorkshopCommand } from "@/lib/data/workshops/commands";
import { cancelWorkshop, endWorkshop } from "@/lib/data/workshops/end";
import { removeParticipant } from "@/lib/data/workshops/join";
import { requireWorkshopAccess } from "@/lib/http/workshop-session";
import { countAssessmentSubmitted } from "@/lib/observability/metrics";
import { handleRoute, parseJsonBody } from "@/lib/route";
import { ZWorkshopCommand } from "@/lib/workshops/commands";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ workshopId: string }> };

const ZBody = z.union([
  ZWorkshopCommand,
  z.object({ type: z.literal("end") }),
  z.object({ type: z.literal("cancel") }),
  z.object({ type: z.literal("remove"), participantId: z.string().regex(/^[a-z0-9]{10,40}$/) }),
]);

/**
 * Facilitator commands (start, goto, reveal, revote, consensus, timer, end, cancel, remove a
 * participant); FACILITATOR and ADMIN only.
 */
export const POST = handleRoute(async (request: Request, context: TContext) => {
  const access = await requireWorkshopAccess((await context.params).workshopId);
  const command = await parseJsonBody(request, ZBody);
  if (command.type === "end") {
    const { assessmentId, seq } = await endWorkshop(access, auditMetaOf(request));
    countAssessmentSubmitted();
    return NextResponse.json({ ok: true, seq, assessmentId });
  }
  if (command.type === "cancel") {
    const { assessmentId, seq } = await cancelWorkshop(access);
    return NextResponse.json({ ok: true, seq, assessmentId });
  }
  if (command.type === "remove") {
    const { seq } = await removeParticipant(access, command.participantId);
    return NextResponse.json({ ok: true, seq });
  }
  const { seq } = await runWorkshopCommand(access, command, auditMetaOf(request));
  return NextResponse.json({ ok: true, seq });
});
