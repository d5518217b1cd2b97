"use server";

import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { requestPasswordReset } from "@/lib/data/accounts/password-reset";
import { AppError } from "@/lib/errors";
import { actionClientIp } from "@/lib/request-ip";

const ZForgot = z.object({ email: z.email("Enter a valid email address").max(254) });

const SAME_ANSWER =
  "If an account uses this address, we sent it a link to choose a new password. It works once, for one hour.";

/** The same answer whether or not the address has an account; limited per IP and per address. */
export const forgotPasswordAction = defineFormAction(ZForgot, async ({ email }) => {
  const result = await requestPasswordReset(email, await actionClientIp());
  if (!result.ok)
    throw new AppError(
      "INVALID_STATE",
      `Too many reset requests. Try again in ${Math.max(1, Math.ceil(result.retryAfterSeconds / 60))} minutes.`,
    );
  return { message: SAME_ANSWER };
});
