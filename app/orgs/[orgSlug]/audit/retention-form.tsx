"use client";

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
  const [state, action, isPending] = useActionState(setRetentionAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <TextField
        label="Keep events for (days)"
        name="days"
        type="number"
        inputMode="numeric"
        required
        min={min}
        max={max}
        defaultValue={state && !state.ok ? (state.values?.days ?? days) : days}
        errors={state && !state.ok ? state.fieldErrors?.days : undefined}
        hint={`Between ${min} and ${max}. Older events are deleted by the pruning job.`}
      />
      <Button type="submit" size="sm" variant="secondary" disabled={isPending}>
        Save retention
      </Button>
      <FormMessage state={state?.ok ? { ...state, message: state.data.message } : state} />
    </form>
  );
}
