"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { type ActionResult, defineFormAction } from "@/lib/action";
import { deleteOrganization } from "@/lib/data/accounts/org-data";
import { requireOrg } from "@/lib/authz";

export async function deleteOrgAction(
  prev: ActionResult<never> | null,
  formData: FormData,
): Promise<ActionResult<never>> {
  const t = await getTranslations("admin.data");
  const ZDelete = z.object({
    orgSlug: z.string().trim().min(1).max(60),
    confirmSlug: z.string().trim().min(1, t("confirmRequired")).max(60),
  });
  return defineFormAction(ZDelete, async ({ orgSlug, confirmSlug }) => {
    const ctx = await requireOrg(orgSlug, "ADMIN");
    await deleteOrganization(ctx, confirmSlug);
    redirect("/orgs");
  })(prev, formData);
}
