import clsx from "clsx";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const CONTROL =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600";

/** `id` defaults to `name`; pass one when a page has two forms with the same field names. */
type TFieldProps = { label: string; name: string; id?: string; errors?: string[]; hint?: ReactNode };

function FieldShell({
  label,
  name: fieldId,
  errors,
  hint,
  children,
}: Readonly<TFieldProps & { children: ReactNode }>) {
  return (
    <div>
      <label htmlFor={fieldId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${fieldId}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div id={`${fieldId}-error`} aria-live="polite">
        {errors?.map((e) => (
          <p key={e} className="mt-1 text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
    </div>
  );
}

const describedBy = (name: string, errors?: string[], hint?: ReactNode) =>
  clsx(errors?.length && `${name}-error`, hint && `${name}-hint`) || undefined;

export function TextField({
  label,
  name,
  id,
  errors,
  hint,
  className,
  ...props
}: Readonly<TFieldProps & InputHTMLAttributes<HTMLInputElement>>) {
  return (
    <FieldShell label={label} name={id ?? name} errors={errors} hint={hint}>
      <input
        id={id ?? name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id ?? name, errors, hint)}
        className={clsx(CONTROL, className)}
        {...props}
      />
    </FieldShell>
  );
}

export function SelectField({
  label,
  name,
  id,
  errors,
  hint,
  className,
  children,
  ...props
}: Readonly<TFieldProps & SelectHTMLAttributes<HTMLSelectElement>>) {
  return (
    <FieldShell label={label} name={id ?? name} errors={errors} hint={hint}>
      <select
        id={id ?? name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id ?? name, errors, hint)}
        className={clsx(CONTROL, className)}
        {...props}
      >
        {children}
      </select>
    </FieldShell>
  );
}

export function TextAreaField({
  label,
  name,
  id,
  errors,
  hint,
  className,
  ...props
}: Readonly<TFieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  return (
    <FieldShell label={label} name={id ?? name} errors={errors} hint={hint}>
      <textarea
        id={id ?? name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id ?? name, errors, hint)}
        className={clsx(CONTROL, className)}
        {...props}
      />
    </FieldShell>
  );
}
