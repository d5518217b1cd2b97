"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: Readonly<{ token: string }>) {
  const t = useTranslations("auth");
  const [state, action, isPending] = useActionState(resetPasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  if (state?.ok) {
    return (
      <div className="mt-6 space-y-4">
        <FormMessage state={{ ...state, message: state.data.message }} />
        <Link className="font-medium text-brand-700 underline" href="/sign-in">
          {t("signInLink")}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <TextField
        label={t("newPassword")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint")}
        errors={errors?.password}
      />
      <TextField
        label={t("repeatPassword")}
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        errors={errors?.confirm}
      />
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? t("saving") : t("setNewPassword")}
      </Button>
    </form>
  );
}
