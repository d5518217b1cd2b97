"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { type ActionResult, defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { deleteJiraSettings, saveJiraSettings, ZJiraSettingsInput } from "@/lib/data/jira";
import { orgPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

const ZSlug = z.string().trim().min(1).max(60);

type TMessage = { message: string };

export async function saveJiraSettingsAction(
  prev: ActionResult<TMessage> | null,
  formData: FormData,
): Promise<ActionResult<TMessage>> {
  const t = await getTranslations("admin.jira");
  return defineFormAction(
    z.object({ orgSlug: ZSlug }).and(ZJiraSettingsInput),
    async ({ orgSlug, ...input }) => {
      const ctx = await requireOrg(orgSlug);
      await saveJiraSettings(ctx, input, await requestAuditMeta());
      revalidatePath(orgPath(orgSlug, "settings", "jira"));
      return { message: t("saved") };
    },
  )(prev, formData);
}

export async function deleteJiraSettingsAction(
  prev: ActionResult<TMessage> | null,
  formData: FormData,
): Promise<ActionResult<TMessage>> {
  const t = await getTranslations("admin.jira");
  return defineFormAction(z.object({ orgSlug: ZSlug }), async ({ orgSlug }) => {
    const ctx = await requireOrg(orgSlug);
    await deleteJiraSettings(ctx, await requestAuditMeta());
    revalidatePath(orgPath(orgSlug, "settings", "jira"));
    return { message: t("disconnected") };
  })(prev, formData);
}
