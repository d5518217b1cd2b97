"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { TFormAction } from "@/lib/action";

export type TFieldSpec = Readonly<{
  name: string;
  label: string;
  type: "text" | "number" | "date" | "select" | "textarea" | "checkbox";
  defaultValue?: string;
  options?: ReadonlyArray<Readonly<{ value: string; label: string }>>;
  hint?: string;
  required?: boolean;
}>;

/**
 * A small form described by data (so server components can declare it): hidden fields, fields, one
 * submit button. A refused save re-fills every field from what the server received, nothing is lost;
 * a successful one clears the fields (the page is revalidated by the action).
 */
export function SpecForm({
  action,
  hidden,
  fields,
  submitLabel,
  idPrefix,
  variant = "primary",
  columns = 1,
}: Readonly<{
  action: TFormAction<{ message: string }>;
  hidden: Readonly<Record<string, string>>;
  fields: readonly TFieldSpec[];
  submitLabel: string;
  /** Makes field ids unique when a page has several forms with the same field names. */
  idPrefix: string;
  variant?: "primary" | "secondary" | "danger";
  columns?: 1 | 2 | 3;
}>) {
  const t = useTranslations("journeys.form");
  const [state, formAction, isPending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const submitted = state && !state.ok ? state.values : undefined;
  const data = state?.ok ? (state.data as { message?: string } | null) : null;
  const shown = state?.ok ? { ...state, message: data?.message ?? state.message } : state;
  const value = (f: TFieldSpec) => submitted?.[f.name] ?? f.defaultValue ?? "";
  const grid = columns === 1 ? "" : columns === 2 ? "sm:grid-cols-2" : "sm:grid-cols-3";
  return (
    <form action={formAction} className="space-y-3" noValidate>
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      {fields.length > 0 ? (
        <div className={`grid gap-3 ${grid}`} key={submitted ? JSON.stringify(submitted) : "initial"}>
          {fields.map((f) => {
            const id = `${idPrefix}-${f.name}`;
            const common = { label: f.label, name: f.name, id, errors: errors?.[f.name], hint: f.hint };
            if (f.type === "select")
              return (
                <SelectField key={f.name} {...common} defaultValue={value(f)}>
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </SelectField>
              );
            if (f.type === "textarea")
              return <TextAreaField key={f.name} {...common} rows={2} defaultValue={value(f)} />;
            if (f.type === "checkbox")
              return (
                <label key={f.name} className="flex items-center gap-2 self-end text-sm text-slate-800">
                  <input
                    type="checkbox"
                    name={f.name}
                    id={id}
                    defaultChecked={submitted ? submitted[f.name] === "on" : f.defaultValue === "on"}
                  />
                  {f.label}
                </label>
              );
            return (
              <TextField
                key={f.name}
                {...common}
                type={f.type === "number" ? "text" : f.type}
                inputMode={f.type === "number" ? "decimal" : undefined}
                required={f.required}
                defaultValue={value(f)}
              />
            );
          })}
        </div>
      ) : null}
      <FormMessage state={shown} />
      <Button type="submit" variant={variant} size="sm" disabled={isPending}>
        {isPending ? t("saving") : submitLabel}
      </Button>
    </form>
  );
}
