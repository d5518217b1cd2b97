"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { deleteAccountAction, resendVerificationAction } from "./actions";

export function DeleteAccountForm() {
  const [state, action, isPending] = useActionState(deleteAccountAction, null);
  return (
    <form action={action} className="space-y-3">
      <TextField
        label="Type your email address to confirm"
        name="confirmEmail"
        type="email"
        autoComplete="off"
        required
        errors={state && !state.ok ? state.fieldErrors?.confirmEmail : undefined}
      />
      <TextField
        label="Your current password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={state && !state.ok ? state.fieldErrors?.password : undefined}
      />
      <FormMessage state={state && !state.ok ? state : null} />
      <Button type="submit" variant="danger" disabled={isPending}>
        {isPending ? "Deleting…" : "Delete my account"}
      </Button>
    </form>
  );
}

export function ResendVerificationForm() {
  const [state, action, isPending] = useActionState(resendVerificationAction, null);
  return (
    <form action={action} className="space-y-2">
      <Button type="submit" size="sm" variant="secondary" disabled={isPending}>
        Send a new confirmation link
      </Button>
      <FormMessage state={state?.ok ? { ...state, message: state.data.message } : state} />
    </form>
  );
}
