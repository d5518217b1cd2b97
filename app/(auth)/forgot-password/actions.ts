"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { type ActionResult, defineFormAction } from "@/lib/action";
import { requestPasswordReset } from "@/lib/data/accounts/password-reset";
import { AppError } from "@/lib/errors";
import { actionClientIp } from "@/lib/request-ip";

/** The same answer whether or not the address has an account; limited per IP and per address. */
export async function forgotPasswordAction(
  prev: ActionResult<{ message: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ message: string }>> {
  const t = await getTranslations("auth");
  const ZForgot = z.object({ email: z.email(t("emailInvalid")).max(254) });
  return defineFormAction(ZForgot, async ({ email }) => {
    const result = await requestPasswordReset(email, await actionClientIp(), await getLocale());
    if (!result.ok)
      throw new AppError(
        "INVALID_STATE",
        t("tooManyResets", { minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) }),
      );
    return { message: t("resetLinkSent") };
  })(prev, formData);
}
