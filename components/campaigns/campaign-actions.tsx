"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { TFormAction } from "@/lib/action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type TProps = Readonly<{ orgSlug: string; campaignId: string; action: TFormAction<{ message: string }> }>;

/** "Send reminders now": mails the leads of the teams listed as due a reminder (at most once a day per team). */
export function SendRemindersForm({ orgSlug, campaignId, action, due }: TProps & { due: number }) {
  const t = useTranslations("campaigns");
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <Button type="submit" variant="secondary" disabled={isPending || due === 0}>
        {isPending ? t("sending") : t("sendReminders")}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

/** Closing freezes the round; asks once in the browser before it does. */
export function CloseCampaignForm({ orgSlug, campaignId, action }: TProps) {
  const t = useTranslations("campaigns");
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className="space-y-2"
      onSubmit={(e) => {
        if (!window.confirm(t("closeConfirm"))) e.preventDefault();
      }}
    >
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <p className="text-sm text-slate-700">{t("closeHint")}</p>
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("close")}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
