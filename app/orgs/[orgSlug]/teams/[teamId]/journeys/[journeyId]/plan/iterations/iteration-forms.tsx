"use client";

import { useTranslations } from "next-intl";
import { useActionState, type InputHTMLAttributes } from "react";
import { carryStepsAction, closeIterationAction, createIterationAction } from "../actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ScopeFields, type TPlanScope } from "@/components/plans/scope-fields";

type TDefaults = Readonly<{ name: string; startsOn: string; endsOn: string }>;

/** Opens a new iteration. Uncontrolled inputs keep their values when the save is refused. */
export function NewIterationForm({ scope, defaults }: Readonly<{ scope: TPlanScope; defaults: TDefaults }>) {
  const t = useTranslations("plans.iterations");
  const [state, action, pending] = useActionState(createIterationAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <ScopeFields scope={scope} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          label={t("name")}
          name="name"
          defaultValue={defaults.name}
          maxLength={80}
          errors={errors?.name}
        />
        <TextField
          label={t("startsOn")}
          name="startsOn"
          type="date"
          defaultValue={defaults.startsOn}
          errors={errors?.startsOn}
        />
        <TextField
          label={t("endsOn")}
          name="endsOn"
          type="date"
          defaultValue={defaults.endsOn}
          errors={errors?.endsOn}
        />
      </div>
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("open")}
      </Button>
    </form>
  );
}

type TCloseProps = Readonly<{
  scope: TPlanScope;
  iteration: Readonly<{ id: string; name: string; version: number }>;
  unfinished: number;
  next: TDefaults;
}>;

/** Closes an iteration; optionally opens the next one and carries the unfinished steps into it. */
export function CloseIterationForm({ scope, iteration, unfinished, next }: TCloseProps) {
  const t = useTranslations("plans.iterations");
  const [state, action, pending] = useActionState(closeIterationAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const prefix = `close-${iteration.id}`;
  return (
    <form
      action={action}
      className="space-y-3 rounded-md border border-slate-200 p-3"
      noValidate
      aria-label={t("close", { name: iteration.name })}
    >
      <ScopeFields scope={scope} />
      <input type="hidden" name="iterationId" value={iteration.id} />
      <input type="hidden" name="version" value={iteration.version} />
      <p className="text-sm text-slate-700">{t("closeIntro")}</p>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("nextLegend")}</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <IdField
            id={`${prefix}-name`}
            label={t("nextName")}
            name="nextName"
            defaultValue={next.name}
            errors={errors?.nextName}
          />
          <IdField
            id={`${prefix}-start`}
            label={t("nextStartsOn")}
            name="nextStartsOn"
            type="date"
            defaultValue={next.startsOn}
            errors={errors?.nextStartsOn ?? errors?.startsOn}
          />
          <IdField
            id={`${prefix}-end`}
            label={t("nextEndsOn")}
            name="nextEndsOn"
            type="date"
            defaultValue={next.endsOn}
            errors={errors?.nextEndsOn ?? errors?.endsOn}
          />
        </div>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="carry"
          defaultChecked={unfinished > 0}
          disabled={unfinished === 0}
          className="h-4 w-4"
        />
        {t("carryNext", { count: unfinished })}
      </label>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {t("close", { name: iteration.name })}
      </Button>
    </form>
  );
}

/** For a closed iteration: copy its unfinished steps into an open iteration. */
export function CarryForm({
  scope,
  iterationId,
  targets,
  unfinished,
}: Readonly<{
  scope: TPlanScope;
  iterationId: string;
  targets: ReadonlyArray<{ id: string; name: string }>;
  unfinished: number;
}>) {
  const t = useTranslations("plans.iterations");
  const [state, action, pending] = useActionState(carryStepsAction, null);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <ScopeFields scope={scope} />
      <input type="hidden" name="iterationId" value={iterationId} />
      <div className="min-w-48">
        <label htmlFor={`carry-${iterationId}`} className="block text-sm font-medium text-slate-800">
          {t("carryInto", { count: unfinished })}
        </label>
        <select
          id={`carry-${iterationId}`}
          name="toIterationId"
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("carryOver")}
      </Button>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

/** A labelled input with its own id (several close forms can be on one page). */
function IdField({
  id,
  label,
  errors,
  ...props
}: Readonly<{ id: string; label: string; errors?: string[] } & InputHTMLAttributes<HTMLInputElement>>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        {...props}
      />
      <div id={`${id}-error`} aria-live="polite">
        {errors?.map((e) => (
          <p key={e} className="mt-1 text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
    </div>
  );
}
