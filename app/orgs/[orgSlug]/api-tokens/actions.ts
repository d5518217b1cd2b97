"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { type ActionResult, defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { API_TOKEN_KINDS, createApiToken, revokeApiToken, ZApiTokenInput } from "@/lib/data/api-tokens";
import { orgPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

const ZSlug = z.string().trim().min(1).max(60);

export const createTokenAction = defineFormAction(
  z.object({ orgSlug: ZSlug, kind: z.enum(API_TOKEN_KINDS) }).and(ZApiTokenInput),
  async ({ orgSlug, kind, ...input }) => {
    const ctx = await requireOrg(orgSlug);
    const { token, summary } = await createApiToken(ctx, kind, input, await requestAuditMeta());
    revalidatePath(orgPath(orgSlug, "api-tokens"));
    return { token, name: summary.name };
  },
);

export async function revokeTokenAction(
  prev: ActionResult<{ message: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ message: string }>> {
  const t = await getTranslations("admin.tokens");
  return defineFormAction(
    z.object({ orgSlug: ZSlug, tokenId: z.string().trim().min(1).max(40) }),
    async ({ orgSlug, tokenId }) => {
      const ctx = await requireOrg(orgSlug);
      await revokeApiToken(ctx, tokenId, await requestAuditMeta());
      revalidatePath(orgPath(orgSlug, "api-tokens"));
      return { message: t("revokedMessage") };
    },
  )(prev, formData);
}
