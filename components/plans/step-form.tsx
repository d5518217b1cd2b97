"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action";
import { STEP_STATUSES, type TStepStatus } from "@/lib/plans/statuses";

export type TStepFormValues = Readonly<{
  title: string;
  aspectId: string;
  level: number;
  characteristic: string;
  ownerId: string | null;
  dueOn: string | null;
  status: TStepStatus;
  notes: string;
  iterationId: string | null;
  outcomeId: string | null;
}>;
type TOption = Readonly<{ id: string; name: string }>;
type TProps = Readonly<{
  action: (prev: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
  hidden: Readonly<Record<string, string>>;
  aspects: readonly TOption[];
  levels: ReadonlyArray<Readonly<{ level: number; name: string }>>;
  /** "<aspectId>:<level>" → the model's characteristics of that cell (may be missing: imported models). */
  characteristics: Readonly<Record<string, readonly string[]>>;
  owners: readonly TOption[];
  iterations: readonly TOption[];
  /** The journey's outcomes a step may work towards. */
  outcomes: readonly TOption[];
  initial: TStepFormValues;
  today: string;
  /** Edit: the version the values belong to; a newer one after a conflict remounts the fields with the latest values. */
  version?: number;
  submitLabel: string;
}>;

/** Create and edit form for a step. Controlled, so a refused save keeps what was typed. */
export function StepForm(props: TProps) {
  const tf = useTranslations("plans.form");
  const [state, formAction, pending] = useActionState(props.action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.version !== undefined ? <input type="hidden" name="version" value={props.version} /> : null}
      <StepFields key={props.version ?? 0} {...props} errors={errors} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? tf("saving") : props.submitLabel}
      </Button>
    </form>
  );
}

function StepFields({
  initial,
  aspects,
  levels,
  characteristics,
  owners,
  iterations,
  outcomes,
  today,
  errors,
}: TProps & { errors?: Record<string, string[]> }) {
  const t = useTranslations("plans");
  const [v, setV] = useState({
    ...initial,
    level: String(initial.level),
    ownerId: initial.ownerId ?? "",
    dueOn: initial.dueOn ?? "",
    iterationId: initial.iterationId ?? "",
    outcomeId: initial.outcomeId ?? "",
  });
  const bind = (name: keyof typeof v) => ({
    name,
    value: String(v[name]),
    onChange: (e: { target: { value: string } }) => setV((x) => ({ ...x, [name]: e.target.value })),
  });
  const options = characteristics[`${v.aspectId}:${v.level}`] ?? [];
  const pastDue = v.dueOn !== "" && v.dueOn < today && (v.status === "TODO" || v.status === "DOING");
  return (
    <>
      <TextField
        label={t("form.title")}
        required
        maxLength={200}
        errors={errors?.title}
        hint={t("form.titleHint")}
        {...bind("title")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("form.aspect")} errors={errors?.aspectId} {...bind("aspectId")}>
          {aspects.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("form.level")} errors={errors?.level} {...bind("level")}>
          {levels.map((l) => (
            <option key={l.level} value={l.level}>
              L{l.level} · {l.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label={t("form.characteristic")}
        list="characteristic-options"
        maxLength={1000}
        errors={errors?.characteristic}
        hint={options.length ? t("form.characteristicHint") : t("form.characteristicNone")}
        {...bind("characteristic")}
      />
      <datalist id="characteristic-options">
        {options.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("form.owner")} errors={errors?.ownerId} {...bind("ownerId")}>
          <option value="">{t("form.unassigned")}</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("form.dueDate")}
          type="date"
          errors={errors?.dueOn}
          hint={pastDue ? t("form.pastDue") : undefined}
          {...bind("dueOn")}
        />
        <SelectField label={t("form.status")} errors={errors?.status} {...bind("status")}>
          {STEP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("form.iteration")} errors={errors?.iterationId} {...bind("iterationId")}>
          <option value="">{t("notInIteration")}</option>
          {iterations.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("form.outcome")}
          errors={errors?.outcomeId}
          hint={outcomes.length === 0 ? t("form.noOutcomes") : undefined}
          {...bind("outcomeId")}
        >
          <option value="">{t("form.noOutcome")}</option>
          {outcomes.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        label={t("form.notes")}
        rows={3}
        maxLength={4000}
        errors={errors?.notes}
        {...bind("notes")}
      />
    </>
  );
}
