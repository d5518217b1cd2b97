import { z } from "zod";
import { hasRole, requireOrg } from "@/lib/authz";
import { reminderCsvFileName } from "@/lib/campaigns/reminder-csv";
import { exportDueReminders } from "@/lib/data/campaigns";
import { isoDay } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/route";

type TContext = { params: Promise<{ orgSlug: string; campaignId: string }> };

const ZCampaignId = z.string().trim().min(1).max(40);

/**
 * GET → CSV of the leads (name, address) of the teams due a reminder today, for reminding them by hand
 * when the app has no mail sender. Facilitators and admins (404 for everyone else).
 */
export const GET = handleRoute<TContext>(async (_request, { params }) => {
  const { orgSlug, campaignId } = await params;
  const id = ZCampaignId.safeParse(campaignId);
  if (!id.success) throw new AppError("NOT_FOUND", "Campaign not found.");
  const ctx = await requireOrg(orgSlug);
  // The leads' addresses: facilitators and admins only; everyone else learns nothing.
  if (!hasRole(ctx.role, "FACILITATOR")) throw new AppError("NOT_FOUND", "Page not found.");
  const today = isoDay();
  const { title, csv } = await exportDueReminders(ctx, id.data, today);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${reminderCsvFileName(title, today)}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
