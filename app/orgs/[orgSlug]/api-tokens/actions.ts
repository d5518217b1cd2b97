"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
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

export const revokeTokenAction = defineFormAction(
  z.object({ orgSlug: ZSlug, tokenId: z.string().trim().min(1).max(40) }),
  async ({ orgSlug, tokenId }) => {
    const ctx = await requireOrg(orgSlug);
    await revokeApiToken(ctx, tokenId, await requestAuditMeta());
    revalidatePath(orgPath(orgSlug, "api-tokens"));
    return { message: "Token revoked." };
  },
);
