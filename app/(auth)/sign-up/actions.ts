"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { type ActionResult, defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { sendEmailVerification } from "@/lib/data/accounts/email-verification";
import { AppError } from "@/lib/errors";
import { acceptInvite, findInvite } from "@/lib/data/invites";
import { createOrganization } from "@/lib/data/orgs";
import { registerUser } from "@/lib/data/users";
import { orgPath } from "@/lib/paths";
import { requestClientIp } from "@/lib/security/client-ip";

/** Creates the account, then either joins the invited organization or creates a new one. */
export async function signUpAction(
  prev: ActionResult<{ redirectTo: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ redirectTo: string }>> {
  const t = await getTranslations("auth");
  const ZSignUp = z
    .object({
      name: z.string().trim().min(1, t("nameRequired")).max(80),
      email: z.email(t("emailInvalid")).max(254),
      password: z.string().min(10, t("passwordTooShort")).max(200),
      orgName: z.string().trim().max(80).optional().default(""),
      inviteToken: z.string().trim().max(100).optional().default(""),
    })
    .refine((v) => v.inviteToken || v.orgName.length >= 2, {
      path: ["orgName"],
      message: t("orgNameTooShort"),
    });
  return defineFormAction(ZSignUp, async (input) => {
    const invite = input.inviteToken ? await findInvite(input.inviteToken) : null;
    if (input.inviteToken && !invite) {
      throw new AppError("NOT_FOUND", t("inviteLinkInvalid"));
    }
    const user = await registerUser(input, { ip: requestClientIp(await headers()) });
    await sendEmailVerification(user.id);
    // An invitation mailed to an address needs that address confirmed first (the invite page explains).
    if (invite?.email) return { redirectTo: `/invite/${input.inviteToken}` };
    if (input.inviteToken) {
      const { orgSlug } = await acceptInvite(user.id, input.inviteToken, await requestAuditMeta());
      return { redirectTo: orgPath(orgSlug) };
    }
    const org = await createOrganization(user.id, { name: input.orgName });
    return { redirectTo: orgPath(org.slug) };
  })(prev, formData);
}
