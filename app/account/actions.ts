"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { type ActionResult, defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { deleteOwnAccount } from "@/lib/data/accounts/account";
import { sendEmailVerification } from "@/lib/data/accounts/email-verification";
import { requireUserId } from "@/lib/authz";

export async function deleteAccountAction(
  prev: ActionResult<never> | null,
  formData: FormData,
): Promise<ActionResult<never>> {
  const t = await getTranslations("account");
  const ZDelete = z.object({
    confirmEmail: z.string().trim().min(1, t("typeEmail")).max(254),
    password: z.string().min(1, t("enterPassword")).max(200),
  });
  return defineFormAction(ZDelete, async (input) => {
    await deleteOwnAccount(await requireUserId(), input, await requestAuditMeta());
    redirect("/sign-in");
  })(prev, formData);
}

export async function resendVerificationAction(
  prev: ActionResult<{ message: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ message: string }>> {
  const t = await getTranslations("account");
  return defineFormAction(z.object({}), async () => {
    const { sent } = await sendEmailVerification(await requireUserId());
    return { message: sent ? t("resent") : t("alreadyConfirmed") };
  })(prev, formData);
}
