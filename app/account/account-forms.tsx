"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { deleteAccountAction, resendVerificationAction } from "./actions";

export function DeleteAccountForm() {
  const t = useTranslations("account");
  const [state, action, isPending] = useActionState(deleteAccountAction, null);
  return (
    <form action={action} className="space-y-3">
      <TextField
        label={t("confirmEmailLabel")}
        name="confirmEmail"
        type="email"
        autoComplete="off"
        required
        errors={state && !state.ok ? state.fieldErrors?.confirmEmail : undefined}
      />
      <TextField
        label={t("currentPassword")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={state && !state.ok ? state.fieldErrors?.password : undefined}
      />
      <FormMessage state={state && !state.ok ? state : null} />
      <Button type="submit" variant="danger" disabled={isPending}>
        {isPending ? t("deleting") : t("deleteButton")}
      </Button>
    </form>
  );
}

export function ResendVerificationForm() {
  const t = useTranslations("account");
  const [state, action, isPending] = useActionState(resendVerificationAction, null);
  return (
    <form action={action} className="space-y-2">
      <Button type="submit" size="sm" variant="secondary" disabled={isPending}>
        {t("resend")}
      </Button>
      <FormMessage state={state?.ok ? { ...state, message: state.data.message } : state} />
    </form>
  );
}
