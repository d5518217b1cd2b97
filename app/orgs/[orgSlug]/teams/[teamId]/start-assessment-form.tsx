"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { startAssessmentAction } from "../actions";

type TModelOption = Readonly<{ id: string; title: string; version: number }>;

export function StartAssessmentForm({
  orgSlug,
  teamId,
  models,
}: Readonly<{ orgSlug: string; teamId: string; models: TModelOption[] }>) {
  const [state, action, isPending] = useActionState(startAssessmentAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="teamId" value={teamId} />
      <SelectField label="Model version" name="modelId" errors={errors?.modelId}>
        {models.map((m) => (
          <option key={m.id} value={m.id}>
            {m.title} v{m.version}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Title (optional)"
        name="title"
        placeholder="e.g. Q4 baseline"
        errors={errors?.title}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending || models.length === 0}>
        {isPending ? "Starting…" : "Start assessment"}
      </Button>
    </form>
  );
}
