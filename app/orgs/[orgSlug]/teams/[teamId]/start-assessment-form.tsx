"use client";

import { useTranslations } from "next-intl";
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
  hasPrevious = false,
}: Readonly<{ orgSlug: string; teamId: string; models: TModelOption[]; hasPrevious?: boolean }>) {
  const t = useTranslations("teams.start");
  const [state, action, isPending] = useActionState(startAssessmentAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="teamId" value={teamId} />
      <SelectField label={t("model")} name="modelId" errors={errors?.modelId}>
        {models.map((m) => (
          <option key={m.id} value={m.id}>
            {t("modelOption", { title: m.title, version: m.version })}
          </option>
        ))}
      </SelectField>
      <TextField label={t("title")} name="title" placeholder={t("titlePlaceholder")} errors={errors?.title} />
      {hasPrevious ? (
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input type="checkbox" name="fromPrevious" className="mt-1" />
          <span>{t("fromPrevious")}</span>
        </label>
      ) : null}
      {errors?.fromPrevious ? <p className="text-sm text-red-700">{errors.fromPrevious[0]}</p> : null}
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending || models.length === 0}>
        {isPending ? t("starting") : t("submit")}
      </Button>
    </form>
  );
}
