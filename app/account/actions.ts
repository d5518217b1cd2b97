"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { deleteOwnAccount } from "@/lib/data/accounts/account";
import { sendEmailVerification } from "@/lib/data/accounts/email-verification";
import { requireUserId } from "@/lib/authz";

const ZDelete = z.object({
  confirmEmail: z.string().trim().min(1, "Type your email address").max(254),
  password: z.string().min(1, "Enter your current password").max(200),
});

export const deleteAccountAction = defineFormAction(ZDelete, async (input) => {
  await deleteOwnAccount(await requireUserId(), input, await requestAuditMeta());
  redirect("/sign-in");
});

export const resendVerificationAction = defineFormAction(z.object({}), async () => {
  const { sent } = await sendEmailVerification(await requireUserId());
  return { message: sent ? "We sent a new confirmation link." : "Your address is already confirmed." };
});
