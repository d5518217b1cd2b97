"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type TProps<T> = Readonly<{
  action: (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  size?: "sm" | "md";
  /** Accessible name when the visible label alone is ambiguous (e.g. "Remove" in a table row). */
  ariaLabel?: string;
}>;

/** A one-button form for a server action, with its error shown next to it. */
export function ActionButton<T>({
  action,
  fields,
  label,
  pendingLabel,
  variant = "primary",
  size = "md",
  ariaLabel,
}: TProps<T>) {
  const [state, formAction, isPending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} size={size} disabled={isPending} aria-label={ariaLabel}>
        {isPending ? pendingLabel : label}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
