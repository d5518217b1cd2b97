"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("workshops");
  const [state, action, isPending] = useActionState(createWorkshopAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      {assessment ? (
        <>
          <input type="hidden" name="assessmentId" value={assessment.id} />
          <p className="text-sm text-slate-800">
            {t.rich("form.draft", { title: assessment.label, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
        </>
      ) : (
        <>
          <SelectField label={t("form.team")} name="teamId" defaultValue={teamId} errors={errors?.teamId}>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("form.model")} name="modelId" errors={errors?.modelId}>
            {models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("form.title")}
            name="title"
            placeholder={t("form.titlePlaceholder")}
            errors={errors?.title}
          />
        </>
      )}
      <SelectField label={t("timer.label")} name="timerSeconds" defaultValue="" errors={errors?.timerSeconds}>
        <option value="">{t("timer.none")}</option>
        {[1, 2, 5].map((minutes) => (
          <option key={minutes} value={String(minutes * 60)}>
            {t("timer.minutes", { count: minutes })}
          </option>
        ))}
      </SelectField>
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("form.creating") : t("form.create")}
      </Button>
    </form>
  );
}
