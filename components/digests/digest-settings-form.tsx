"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { TFormAction } from "@/lib/action";
import type { TDigestFrequency } from "@/lib/digests/period";

/** The member's own digest setting: off (default), monthly or quarterly. */
export function DigestSettingsForm({
  action,
  orgSlug,
  frequency,
}: Readonly<{ action: TFormAction<{ message: string }>; orgSlug: string; frequency: TDigestFrequency }>) {
  const t = useTranslations("digest");
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="max-w-sm space-y-3" aria-label={t("settingsForm")}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <SelectField
        label={t("frequency")}
        name="frequency"
        id="digest-frequency"
        defaultValue={frequency}
        errors={state && !state.ok ? state.fieldErrors?.frequency : undefined}
      >
        <option value="OFF">{t("off")}</option>
        <option value="MONTHLY">{t("monthly")}</option>
        <option value="QUARTERLY">{t("quarterly")}</option>
      </SelectField>
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
