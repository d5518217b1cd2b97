"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { checkSharePasscode } from "@/lib/data/share-links";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isHttpsRequest, requestClientIp } from "@/lib/security/client-ip";
import { sharePath } from "@/lib/paths";
import { GRANT_MAX_AGE_SECONDS, grantCookieName, signGrant } from "@/lib/share/grant";

/** The passcode of a protected share link: right → a signed grant cookie for this link, then the report. */
export const unlockShareAction = defineFormAction(
  z.object({
    token: z.string().min(1).max(100),
    password: z.string().min(1, "Enter the passcode.").max(100, "That passcode is too long."),
  }),
  async ({ token, password }) => {
    const h = await headers();
    const checked = await checkSharePasscode(token, password, requestClientIp(h));
    if (checked.result === "wrong") throw new AppError("INVALID_INPUT", "That passcode is not right.");
    if (checked.result !== "ok") throw new AppError("NOT_FOUND", "This link is not valid (any more).");
    const { link } = checked;
    const exp = Math.min(Date.now() + GRANT_MAX_AGE_SECONDS * 1000, link.expiresAt.getTime());
    (await cookies()).set(
      grantCookieName(link.id),
      signGrant(env().NEXTAUTH_SECRET, link.id, link.passcodeTag!, exp),
      {
        path: "/share",
        httpOnly: true,
        sameSite: "lax",
        secure: isHttpsRequest(h, "http:"),
        expires: new Date(exp),
      },
    );
    redirect(sharePath(token));
  },
);
