"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { createOrganization } from "@/lib/data/orgs";
import { orgPath } from "@/lib/paths";
import { requireUserId } from "@/lib/authz";

const ZCreateOrg = z.object({ name: z.string().trim().min(2, "At least 2 characters").max(80) });

export const createOrgAction = defineFormAction(ZCreateOrg, async ({ name }) => {
  const org = await createOrganization(await requireUserId(), { name });
  redirect(orgPath(org.slug));
});
