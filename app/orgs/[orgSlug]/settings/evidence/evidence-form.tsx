"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { saveEvidenceFreshnessAction } from "./actions";

export function EvidenceFreshnessForm({ orgSlug, days }: Readonly<{ orgSlug: string; days: number }>) {
  const t = useTranslations("evidence");
  const [state, action, isPending] = useActionState(saveEvidenceFreshnessAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <TextField
        label={t("daysLabel")}
        name="days"
        type="number"
        min={7}
        max={3650}
        required
        defaultValue={values?.days ?? String(days)}
        hint={t("daysHint")}
        errors={errors?.days}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
