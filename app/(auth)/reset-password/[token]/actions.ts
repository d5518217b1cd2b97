"use server";

import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { resetPassword } from "@/lib/data/accounts/password-reset";

const ZReset = z
  .object({
    token: z.string().trim().min(20).max(100),
    password: z.string().min(10, "Use at least 10 characters").max(200),
    confirm: z.string().max(200),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match" });

/** Single use: a second submit of the same link is refused with a clear message. */
export const resetPasswordAction = defineFormAction(ZReset, async ({ token, password }) => {
  await resetPassword(token, password);
  return { message: "Your password was changed. Sign in with the new password." };
});
