"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { TFormAction } from "@/lib/action";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

type TOption = Readonly<{ id: string; label: string }>;

/**
 * Start a campaign: title, model version, which teams (all, a group, or picked), who answers, open and
 * due date and the reminder window. A refused form keeps everything typed (the action echoes `values`).
 */
export function CampaignForm({
  orgSlug,
  action,
  models,
  groups,
  teams,
  defaults,
}: Readonly<{
  orgSlug: string;
  action: TFormAction<{ message: string }>;
  models: readonly TOption[];
  groups: readonly string[];
  teams: ReadonlyArray<Readonly<{ id: string; name: string; group: string }>>;
  defaults: Readonly<{ opensOn: string; dueOn: string }>;
}>) {
  const t = useTranslations("campaigns");
  const [state, formAction, isPending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  const [selection, setSelection] = useState(values?.selection ?? "GROUP");
  return (
    <form action={formAction} className="space-y-5" noValidate key={JSON.stringify(values ?? {})}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <TextField
        label={t("titleLabel")}
        name="title"
        required
        maxLength={120}
        placeholder={t("titlePlaceholder")}
        defaultValue={values?.title}
        errors={errors?.title}
      />
      <SelectField
        label={t("modelLabel")}
        name="modelId"
        defaultValue={values?.modelId}
        errors={errors?.modelId}
      >
        {models.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </SelectField>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("teamsLegend")}</legend>
        {(["ALL", "GROUP", "PICKED"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name="selection"
              value={value}
              checked={selection === value}
              onChange={() => setSelection(value)}
            />
            {t(`selection.${value}`)}
          </label>
        ))}
        {errors?.selection ? <p className="text-sm text-red-700">{errors.selection[0]}</p> : null}
        {selection === "GROUP" ? (
          <SelectField
            label={t("groupLabel")}
            name="group"
            defaultValue={values?.group}
            errors={errors?.group}
          >
            {groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </SelectField>
        ) : null}
        {selection === "PICKED" ? (
          <fieldset className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium text-slate-800">{t("pickLegend")}</legend>
            <div className="grid gap-1 sm:grid-cols-2">
              {teams.map((team) => (
                <label key={team.id} className="flex items-center gap-2 text-sm text-slate-800">
                  <input
                    type="checkbox"
                    name={`team.${team.id}`}
                    defaultChecked={values?.[`team.${team.id}`] === "on"}
                  />
                  {team.name}
                  {team.group ? <span className="text-xs text-slate-600">({team.group})</span> : null}
                </label>
              ))}
            </div>
            {errors?.teamIds ? <p className="mt-1 text-sm text-red-700">{errors.teamIds[0]}</p> : null}
          </fieldset>
        ) : null}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("modeLegend")}</legend>
        {(["LEAD_ANSWERS", "RESPONDENTS"] as const).map((value) => (
          <label key={value} className="flex items-start gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name="mode"
              value={value}
              className="mt-1"
              defaultChecked={(values?.mode ?? "LEAD_ANSWERS") === value}
            />
            <span>
              {t(`mode.${value}`)}
              <span className="block text-xs text-slate-600">{t(`modeHint.${value}`)}</span>
            </span>
          </label>
        ))}
        {errors?.mode ? <p className="text-sm text-red-700">{errors.mode[0]}</p> : null}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t("opensOnLabel")}
          name="opensOn"
          type="date"
          required
          defaultValue={values?.opensOn ?? defaults.opensOn}
          errors={errors?.opensOn}
        />
        <TextField
          label={t("dueOnLabel")}
          name="dueOn"
          type="date"
          required
          defaultValue={values?.dueOn ?? defaults.dueOn}
          errors={errors?.dueOn}
        />
        <TextField
          label={t("remindLabel")}
          name="remindDaysBefore"
          type="number"
          min={0}
          max={60}
          defaultValue={values?.remindDaysBefore ?? "3"}
          hint={t("remindHint")}
          errors={errors?.remindDaysBefore}
        />
      </div>
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending || models.length === 0}>
        {isPending ? t("starting") : t("start")}
      </Button>
    </form>
  );
}
