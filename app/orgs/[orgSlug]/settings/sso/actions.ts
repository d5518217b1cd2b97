"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { type ActionResult, defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { consumeRateLimit } from "@/lib/data/rate-limit";
import { saveSsoSettings } from "@/lib/data/sso";
import { AppError } from "@/lib/errors";
import { orgPath } from "@/lib/paths";
import { ORG_ROLES, requireOrg } from "@/lib/authz";
import { allowInsecureIssuers } from "@/lib/sso/keys";
import { checkDiscovery, OidcFlowError } from "@/lib/sso/oidc";
import { checkIssuerUrl, parseDomainList, parseRoleMapping } from "@/lib/sso/rules";

const ZCheckbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

type TTranslate = Awaited<ReturnType<typeof getTranslations<"admin">>>;

const ssoForm = (t: TTranslate) =>
  z.object({
    orgSlug: z.string().trim().min(1).max(60),
    enabled: ZCheckbox,
    issuer: z.string().trim().min(1, t("sso.issuerRequired")).max(500),
    clientId: z.string().trim().min(1, t("sso.clientIdRequired")).max(300),
    clientSecret: z.string().max(1000).default(""),
    allowedDomains: z.string().max(5000).default(""),
    defaultRole: z.enum(ORG_ROLES, t("members.chooseRole")),
    passwordAllowed: ZCheckbox,
    groupsClaim: z
      .string()
      .trim()
      .max(100)
      .regex(/^[A-Za-z0-9_.:/-]*$/, t("sso.groupsClaimChars"))
      .default(""),
    roleMapping: z.string().max(10_000).default(""),
  });

const SETTINGS_LIMIT = { limit: 20, windowSeconds: 10 * 60 } as const;

export async function saveSsoSettingsAction(
  prev: ActionResult<{ message: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ message: string }>> {
  const t = await getTranslations("admin");
  return defineFormAction(ssoForm(t), async ({ orgSlug, ...input }) => {
    const ctx = await requireOrg(orgSlug, "ADMIN");
    const meta = await requestAuditMeta();
    const [byUser, byIp] = await Promise.all([
      consumeRateLimit(`sso-settings:user:${ctx.userId}`, SETTINGS_LIMIT),
      consumeRateLimit(`sso-settings:ip:${meta.ip ?? "unknown"}`, SETTINGS_LIMIT),
    ]);
    if (!byUser.isAllowed || !byIp.isAllowed) throw new AppError("INVALID_STATE", t("sso.tooManyChanges"));

    const issuer = checkIssuerUrl(input.issuer, allowInsecureIssuers());
    if (!issuer.ok) throw new AppError("INVALID_INPUT", issuer.message, { issuer: [issuer.message] });
    const domains = parseDomainList(input.allowedDomains);
    if (domains.invalid.length > 0) {
      const message = t("sso.notDomain", { domains: domains.invalid.slice(0, 3).join(", ") });
      throw new AppError("INVALID_INPUT", message, { allowedDomains: [message] });
    }
    const mapping = parseRoleMapping(input.roleMapping);
    if ("error" in mapping)
      throw new AppError("INVALID_INPUT", mapping.error, { roleMapping: [mapping.error] });
    if (mapping.mapping.length > 0 && !input.groupsClaim) {
      const message = t("sso.groupsClaimNeeded");
      throw new AppError("INVALID_INPUT", message, { groupsClaim: [message] });
    }

    if (input.enabled) {
      try {
        // Discovery only reads public metadata; the secret is checked at the first sign-in.
        await checkDiscovery({
          issuer: issuer.issuer,
          clientId: input.clientId,
          clientSecret: input.clientSecret || "unchanged",
          allowInsecure: allowInsecureIssuers(),
        });
      } catch (err) {
        if (!(err instanceof OidcFlowError)) throw err;
        const message = t("sso.noDiscovery", { issuer: issuer.issuer });
        throw new AppError("INVALID_INPUT", message, { issuer: [message] });
      }
    }

    const saved = await saveSsoSettings(
      ctx,
      {
        enabled: input.enabled,
        issuer: issuer.issuer,
        clientId: input.clientId,
        clientSecret: input.clientSecret,
        allowedDomains: domains.domains,
        defaultRole: input.defaultRole,
        passwordAllowed: input.passwordAllowed,
        groupsClaim: input.groupsClaim,
        roleMapping: mapping.mapping,
      },
      meta,
    );
    revalidatePath(orgPath(orgSlug, "settings", "sso"));
    return { message: saved.isCreated ? t("sso.saved") : t("sso.updated") };
  })(prev, formData);
}
