"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { deleteOrganization } from "@/lib/data/accounts/org-data";
import { requireOrg } from "@/lib/authz";

const ZDelete = z.object({
  orgSlug: z.string().trim().min(1).max(60),
  confirmSlug: z.string().trim().min(1, "Type the organization's address to confirm").max(60),
});

export const deleteOrgAction = defineFormAction(ZDelete, async ({ orgSlug, confirmSlug }) => {
  const ctx = await requireOrg(orgSlug, "ADMIN");
  await deleteOrganization(ctx, confirmSlug);
  redirect("/orgs");
});
