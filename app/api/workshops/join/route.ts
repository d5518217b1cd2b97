import { NextResponse } from "next/server";
import { z } from "zod";
import { getSessionUserId } from "@/lib/auth";
import { joinWorkshopByCode, MAX_DISPLAY_NAME } from "@/lib/data/workshops/join";
import { clientIp, isSecureRequest } from "@/lib/http/workshop-session";
import { livePath } from "@/lib/paths";
import { guestCookies } from "@/lib/workshops/guest-cookie";
import { handleRoute, jsonError, parseJsonBody } from "@/lib/route";

export const dynamic = "force-dynamic";

const ZJoin = z.object({
  code: z.string().trim().min(1, "Enter the workshop code.").max(40),
  displayName: z.string().trim().max(MAX_DISPLAY_NAME, `At most ${MAX_DISPLAY_NAME} characters.`).optional(),
});

/** Join by code: members join as themselves, everyone else as a guest (cookie for this workshop only). */
export const POST = handleRoute(async (request: Request) => {
  const input = await parseJsonBody(request, ZJoin);
  const result = await joinWorkshopByCode({
    ...input,
    userId: await getSessionUserId(),
    ip: clientIp(request),
  });
  if (!result.ok && result.reason === "RATE_LIMITED") {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    const response = jsonError(
      429,
      "RATE_LIMITED",
      result.message ?? `Too many wrong codes. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    );
    response.headers.set("Retry-After", String(result.retryAfterSeconds));
    return response;
  }
  if (!result.ok) return jsonError(404, "NOT_FOUND", "This code is not valid, or the workshop has ended.");
  const response = NextResponse.json({
    workshopId: result.workshopId,
    participantId: result.participantId,
    url: livePath(result.workshopId),
  });
  if (result.guestToken) {
    for (const cookie of guestCookies(
      result.workshopId,
      result.guestToken,
      result.expiresAt,
      isSecureRequest(request),
    ))
      response.headers.append("Set-Cookie", cookie);
  }
  return response;
});
