"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { deleteJiraSettings, saveJiraSettings, ZJiraSettingsInput } from "@/lib/data/jira";
import { orgPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

const ZSlug = z.string().trim().min(1).max(60);

export const saveJiraSettingsAction = defineFormAction(
  z.object({ orgSlug: ZSlug }).and(ZJiraSettingsInput),
  async ({ orgSlug, ...input }) => {
    const ctx = await requireOrg(orgSlug);
    await saveJiraSettings(ctx, input, await requestAuditMeta());
    revalidatePath(orgPath(orgSlug, "settings", "jira"));
    return { message: "Jira settings saved." };
  },
);

export const deleteJiraSettingsAction = defineFormAction(
  z.object({ orgSlug: ZSlug }),
  async ({ orgSlug }) => {
    const ctx = await requireOrg(orgSlug);
    await deleteJiraSettings(ctx, await requestAuditMeta());
    revalidatePath(orgPath(orgSlug, "settings", "jira"));
    return { message: "Jira disconnected." };
  },
);
