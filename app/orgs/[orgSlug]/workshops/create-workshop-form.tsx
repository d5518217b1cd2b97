"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createWorkshopAction } from "./actions";

type TOption = Readonly<{ id: string; label: string }>;

/** New workshop: for a team and model (a new draft), or for an existing draft (`assessment`). */
export function CreateWorkshopForm({
  orgSlug,
  teams,
  models,
  teamId,
  assessment,
}: Readonly<{
  orgSlug: string;
  teams: TOption[];
  models: TOption[];
  teamId?: string;
  assessment?: TOption;
}>) {
  const [state, action, isPending] = useActionState(createWorkshopAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      {assessment ? (
        <>
          <input type="hidden" name="assessmentId" value={assessment.id} />
          <p className="text-sm text-slate-800">
            For the draft <strong>{assessment.label}</strong>: its answers so far are kept, and the
            workshop&apos;s consensus replaces them question by question.
          </p>
        </>
      ) : (
        <>
          <SelectField label="Team" name="teamId" defaultValue={teamId} errors={errors?.teamId}>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </SelectField>
          <SelectField label="Model version" name="modelId" errors={errors?.modelId}>
            {models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Title (optional)"
            name="title"
            placeholder="e.g. Q3 team workshop"
            errors={errors?.title}
          />
        </>
      )}
      <SelectField
        label="Timer per question"
        name="timerSeconds"
        defaultValue=""
        errors={errors?.timerSeconds}
      >
        <option value="">No timer</option>
        <option value="60">1 minute</option>
        <option value="120">2 minutes</option>
        <option value="300">5 minutes</option>
      </SelectField>
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Creating…" : "Create workshop"}
      </Button>
    </form>
  );
}
