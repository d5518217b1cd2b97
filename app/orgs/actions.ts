"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { type ActionResult, defineFormAction } from "@/lib/action";
import { createOrganization } from "@/lib/data/orgs";
import { orgPath } from "@/lib/paths";
import { requireUserId } from "@/lib/authz";

export async function createOrgAction(
  prev: ActionResult<never> | null,
  formData: FormData,
): Promise<ActionResult<never>> {
  const t = await getTranslations("admin.orgs");
  const ZCreateOrg = z.object({ name: z.string().trim().min(2, t("nameTooShort")).max(80) });
  return defineFormAction(ZCreateOrg, async ({ name }) => {
    const org = await createOrganization(await requireUserId(), { name });
    redirect(orgPath(org.slug));
  })(prev, formData);
}
