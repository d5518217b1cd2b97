"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { requireOrg } from "@/lib/authz";
import { setDigestFrequency } from "@/lib/data/digests";
import { DIGEST_FREQUENCIES } from "@/lib/digests/period";
import { orgPath } from "@/lib/paths";

/** The caller's own digest setting in this organization (off, monthly, quarterly). */
export const setDigestFrequencyAction = defineFormAction(
  z.object({
    orgSlug: z.string().trim().min(1).max(60),
    frequency: z.enum(DIGEST_FREQUENCIES, "Choose off, monthly or quarterly."),
  }),
  async ({ orgSlug, frequency }) => {
    const ctx = await requireOrg(orgSlug);
    await setDigestFrequency(ctx, frequency);
    revalidatePath(orgPath(orgSlug, "digest"));
    return { message: frequency === "OFF" ? "Digest turned off." : "Digest setting saved." };
  },
);
