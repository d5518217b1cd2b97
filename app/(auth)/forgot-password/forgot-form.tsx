"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { forgotPasswordAction } from "./actions";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const [state, action, isPending] = useActionState(forgotPasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={errors?.email}
        defaultValue={state && !state.ok ? state.values?.email : undefined}
      />
      <FormMessage state={state?.ok ? { ...state, message: state.data.message } : state} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? t("sending") : t("sendResetLink")}
      </Button>
    </form>
  );
}
