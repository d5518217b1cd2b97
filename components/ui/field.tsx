import clsx from "clsx";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const CONTROL =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600";

type TFieldProps = { label: string; name: string; errors?: string[]; hint?: ReactNode };

function FieldShell({
  label,
  name,
  errors,
  hint,
  children,
}: Readonly<TFieldProps & { children: ReactNode }>) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${name}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div id={`${name}-error`} aria-live="polite">
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
  errors,
  hint,
  className,
  ...props
}: Readonly<TFieldProps & InputHTMLAttributes<HTMLInputElement>>) {
  return (
    <FieldShell label={label} name={name} errors={errors} hint={hint}>
      <input
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
        className={clsx(CONTROL, className)}
        {...props}
      />
    </FieldShell>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  className,
  children,
  ...props
}: Readonly<TFieldProps & SelectHTMLAttributes<HTMLSelectElement>>) {
  return (
    <FieldShell label={label} name={name} errors={errors} hint={hint}>
      <select
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
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
  errors,
  hint,
  className,
  ...props
}: Readonly<TFieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  return (
    <FieldShell label={label} name={name} errors={errors} hint={hint}>
      <textarea
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
        className={clsx(CONTROL, className)}
        {...props}
      />
    </FieldShell>
  );
}
