"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { createShareLink, revokeShareLink } from "@/lib/data/share-links";
import { publicUrl } from "@/lib/env";
import { orgPath, sharePath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";
import { ZShareLinkInput } from "@/lib/share/rules";

const ZSlug = z.string().trim().min(1).max(60);

export const createShareLinkAction = defineFormAction(
  z.object({ orgSlug: ZSlug }).and(ZShareLinkInput),
  async ({ orgSlug, ...input }) => {
    const ctx = await requireOrg(orgSlug);
    const { token, expiresAt } = await createShareLink(ctx, input, await requestAuditMeta());
    revalidatePath(orgPath(orgSlug, "share-links"));
    return { url: publicUrl(sharePath(token)), expiresAt: expiresAt.toISOString() };
  },
);

export const revokeShareLinkAction = defineFormAction(
  z.object({ orgSlug: ZSlug, linkId: z.string().trim().min(1).max(40) }),
  async ({ orgSlug, linkId }) => {
    const ctx = await requireOrg(orgSlug);
    await revokeShareLink(ctx, linkId, await requestAuditMeta());
    revalidatePath(orgPath(orgSlug, "share-links"));
    return { message: "Link revoked." };
  },
);
