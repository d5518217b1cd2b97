import { NextResponse } from "next/server";
import { z } from "zod";
import { auditMetaOf } from "@/lib/audit-meta";
import { exportOrgData } from "@/lib/data/accounts/org-data";
import { isoDay } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/route";
import { requireOrg } from "@/lib/authz";

type TContext = { params: Promise<{ orgSlug: string }> };

const ZParams = z.object({ orgSlug: z.string().min(1).max(60) });

/** ADMIN: all of the organization's data as one JSON file (docs/accounts-and-mail.md). */
export const GET = handleRoute(async (request: Request, context: TContext) => {
  const parsed = ZParams.safeParse(await context.params);
  if (!parsed.success) throw new AppError("NOT_FOUND", "Organization not found.");
  // Non-admins get the same 404 as strangers: the export's existence is not theirs to learn.
  const ctx = await requireOrg(parsed.data.orgSlug, "VIEWER");
  if (ctx.role !== "ADMIN") throw new AppError("NOT_FOUND", "Organization not found.");
  const data = await exportOrgData(ctx, auditMetaOf(request));
  const day = isoDay();
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="stepwise-${ctx.orgSlug}-${day}.json"`,
      "cache-control": "no-store",
    },
  });
});
