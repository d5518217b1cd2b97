"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { type ActionResult, defineFormAction } from "@/lib/action";
import { resetPassword } from "@/lib/data/accounts/password-reset";

/** Single use: a second submit of the same link is refused with a clear message. */
export async function resetPasswordAction(
  prev: ActionResult<{ message: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ message: string }>> {
  const t = await getTranslations("auth");
  const ZReset = z
    .object({
      token: z.string().trim().min(20).max(100),
      password: z.string().min(10, t("passwordTooShort")).max(200),
      confirm: z.string().max(200),
    })
    .refine((v) => v.password === v.confirm, { path: ["confirm"], message: t("passwordsDiffer") });
  return defineFormAction(ZReset, async ({ token, password }) => {
    await resetPassword(token, password);
    return { message: t("passwordChanged") };
  })(prev, formData);
}
