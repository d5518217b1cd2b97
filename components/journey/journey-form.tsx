"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action";

export type TJourneyFormValues = Readonly<{
  title: string;
  goal: string;
  constraints: string[];
  startsOn: string | null;
  endsOn: string | null;
  targets: Readonly<Record<string, number>>;
}>;
type TFormAction = (prev: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
type TProps = Readonly<{
  action: TFormAction;
  hidden: Readonly<Record<string, string>>;
  aspects: ReadonlyArray<Readonly<{ id: string; name: string }>>;
  levels: ReadonlyArray<Readonly<{ level: number; name: string }>>;
  initial: TJourneyFormValues;
  /** Edit forms: the version the values belong to; a newer one after a conflict remounts the fields. */
  version?: number;
  submitLabel: string;
}>;

/** Create and edit form. A rejected save keeps what the user typed (see JourneyFields). */
export function JourneyForm({ action, hidden, aspects, levels, initial, version, submitLabel }: TProps) {
  const t = useTranslations("journeys.form");
  const [state, formAction, isPending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // A refused save re-fills the fields from what the server received: this also keeps text typed before
  // the page finished hydrating (controlled inputs alone would reset it to their initial state).
  const submitted = state && !state.ok && state.code !== "CONFLICT" ? state.values : undefined;
  const fieldsInitial = submitted ? fromSubmitted(submitted, aspects, initial) : initial;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <JourneyFields
        key={submitted ? JSON.stringify(submitted) : (version ?? 0)}
        initial={fieldsInitial}
        aspects={aspects}
        levels={levels}
        errors={errors}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("saving") : submitLabel}
      </Button>
    </form>
  );
}

function fromSubmitted(
  values: Readonly<Record<string, string>>,
  aspects: TProps["aspects"],
  fallback: TJourneyFormValues,
): TJourneyFormValues {
  const targets: Record<string, number> = {};
  for (const aspect of aspects) {
    const level = Number(values[`target.${aspect.id}`]);
    if (Number.isInteger(level) && level > 0) targets[aspect.id] = level;
  }
  return {
    title: values.title ?? fallback.title,
    goal: values.goal ?? fallback.goal,
    constraints: (values.constraints ?? fallback.constraints.join("\n")).split(/\r?\n/),
    startsOn: values.startsOn ?? fallback.startsOn,
    endsOn: values.endsOn ?? fallback.endsOn,
    targets,
  };
}

function JourneyFields({
  initial,
  aspects,
  levels,
  errors,
}: Readonly<Pick<TProps, "initial" | "aspects" | "levels"> & { errors?: Record<string, string[]> }>) {
  const t = useTranslations("journeys.form");
  // Uncontrolled on purpose: text typed before the page hydrates stays (React does not reset uncontrolled
  // fields), and a refused save remounts the fields (the parent's key) with what the server received.
  const bind = (name: "title" | "goal" | "constraints" | "startsOn" | "endsOn") => ({
    name,
    defaultValue: name === "constraints" ? initial.constraints.join("\n") : (initial[name] ?? ""),
  });
  return (
    <>
      <TextField label={t("title")} required maxLength={120} errors={errors?.title} {...bind("title")} />
      <TextAreaField
        label={t("goal")}
        required
        rows={3}
        maxLength={2000}
        errors={errors?.goal}
        hint={t("goalHint")}
        {...bind("goal")}
      />
      <TextAreaField
        label={t("constraints")}
        rows={4}
        errors={errors?.constraints}
        hint={t("constraintsHint")}
        {...bind("constraints")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("startsOn")} type="date" errors={errors?.startsOn} {...bind("startsOn")} />
        <TextField label={t("endsOn")} type="date" errors={errors?.endsOn} {...bind("endsOn")} />
      </div>
      <fieldset className="rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-800">{t("targets")}</legend>
        <div id="targets-error" aria-live="polite">
          {errors?.targets?.map((e) => (
            <p key={e} className="text-sm text-red-700">
              {e}
            </p>
          ))}
        </div>
        <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {aspects.map((aspect) => (
            <SelectField
              key={aspect.id}
              label={aspect.name}
              name={`target.${aspect.id}`}
              defaultValue={initial.targets[aspect.id]?.toString() ?? ""}
            >
              <option value="">{t("noTarget")}</option>
              {levels.map((l) => (
                <option key={l.level} value={l.level}>
                  L{l.level} · {l.name}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
      </fieldset>
    </>
  );
}
