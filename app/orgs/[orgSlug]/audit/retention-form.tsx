"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { setRetentionAction } from "./actions";

export function RetentionForm({
  orgSlug,
  days,
  min,
  max,
}: Readonly<{ orgSlug: string; days: number; min: number; max: number }>) {
  const t = useTranslations("admin.audit");
  const [state, action, isPending] = useActionState(setRetentionAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <TextField
        label={t("keepFor")}
        name="days"
        type="number"
        inputMode="numeric"
        required
        min={min}
        max={max}
        defaultValue={state && !state.ok ? (state.values?.days ?? days) : days}
        errors={state && !state.ok ? state.fieldErrors?.days : undefined}
        hint={t("keepForHint", { min, max })}
      />
      <Button type="submit" size="sm" variant="secondary" disabled={isPending}>
        {t("saveRetention")}
      </Button>
      <FormMessage state={state?.ok ? { ...state, message: state.data.message } : state} />
    </form>
  );
}
