"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { type ActionResult, defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  redeliverWebhook,
  setWebhookEnabled,
  ZWebhookInput,
} from "@/lib/data/webhooks/endpoints";
import { orgPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

const ZSlug = z.string().trim().min(1).max(60);
const ZId = z.string().trim().min(1).max(60);

/** Ticked event boxes arrive as `event:<type>=on` fields (one per box); collect them into `events`. */
const withEvents = (raw: unknown) => {
  if (!raw || typeof raw !== "object") return raw;
  const obj = raw as Record<string, unknown>;
  const events = Object.keys(obj)
    .filter((k) => k.startsWith("event:"))
    .map((k) => k.slice("event:".length));
  return { ...obj, events };
};

export const createWebhookAction = defineFormAction(
  z.preprocess(withEvents, z.object({ orgSlug: ZSlug }).and(ZWebhookInput)),
  async ({ orgSlug, ...input }) => {
    const ctx = await requireOrg(orgSlug);
    const { secret, endpoint } = await createWebhookEndpoint(ctx, input, await requestAuditMeta());
    revalidatePath(orgPath(orgSlug, "webhooks"));
    return { secret, name: endpoint.name };
  },
);

type TMessage = { message: string };

export async function setWebhookEnabledAction(
  prev: ActionResult<TMessage> | null,
  formData: FormData,
): Promise<ActionResult<TMessage>> {
  const t = await getTranslations("admin.webhooks");
  return defineFormAction(
    z.object({ orgSlug: ZSlug, endpointId: ZId, enabled: z.enum(["true", "false"]) }),
    async ({ orgSlug, endpointId, enabled }) => {
      const ctx = await requireOrg(orgSlug);
      await setWebhookEnabled(ctx, endpointId, enabled === "true", await requestAuditMeta());
      revalidatePath(orgPath(orgSlug, "webhooks"));
      return { message: enabled === "true" ? t("enabledMessage") : t("disabledMessage") };
    },
  )(prev, formData);
}

export async function deleteWebhookAction(
  prev: ActionResult<TMessage> | null,
  formData: FormData,
): Promise<ActionResult<TMessage>> {
  const t = await getTranslations("admin.webhooks");
  return defineFormAction(z.object({ orgSlug: ZSlug, endpointId: ZId }), async ({ orgSlug, endpointId }) => {
    const ctx = await requireOrg(orgSlug);
    await deleteWebhookEndpoint(ctx, endpointId, await requestAuditMeta());
    revalidatePath(orgPath(orgSlug, "webhooks"));
    return { message: t("deletedMessage") };
  })(prev, formData);
}

export async function redeliverWebhookAction(
  prev: ActionResult<TMessage> | null,
  formData: FormData,
): Promise<ActionResult<TMessage>> {
  const t = await getTranslations("admin.webhooks");
  return defineFormAction(z.object({ orgSlug: ZSlug, deliveryId: ZId }), async ({ orgSlug, deliveryId }) => {
    const ctx = await requireOrg(orgSlug);
    await redeliverWebhook(ctx, deliveryId);
    revalidatePath(orgPath(orgSlug, "webhooks"));
    return { message: t("queuedMessage") };
  })(prev, formData);
}
