"use server";

import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { checkSharePasscode } from "@/lib/data/share-links";
import { env } from "@/lib/env";
import { isHttpsRequest, requestClientIp } from "@/lib/security/client-ip";
import { sharePath } from "@/lib/paths";
import { GRANT_MAX_AGE_SECONDS, grantCookieName, signGrant } from "@/lib/share/grant";

/**
 * The passcode of a protected share link: right → a signed grant cookie for this link, then the report.
 * Every refusal (wrong, empty or too long passcode, unknown, expired or revoked link, a link or address
 * over its limits) answers the share page's one 404, exactly as a guessed token does: a wrong passcode
 * cannot be told apart from a link that was revoked or locked out meanwhile.
 */
export const unlockShareAction = defineFormAction(
  z.object({ token: z.string().max(1000).default(""), password: z.string().max(1000).default("") }),
  async ({ token, password }) => {
    if (!token || !password || password.length > 100) notFound();
    const h = await headers();
    const checked = await checkSharePasscode(token, password, requestClientIp(h));
    if (checked.result !== "ok") notFound();
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
