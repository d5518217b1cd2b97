"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { signUpAction } from "./actions";

export function SignUpForm({ inviteToken }: Readonly<{ inviteToken?: string }>) {
  const router = useRouter();
  const t = useTranslations("auth");
  const [state, formAction, isPending] = useActionState(signUpAction, null);
  const credentials = useRef<{ email: string; password: string } | null>(null);

  useEffect(() => {
    if (!state?.ok || !credentials.current) return;
    const { email, password } = credentials.current;
    void signIn("credentials", { email, password, redirect: false }).then(() => {
      router.push(state.data.redirectTo);
      router.refresh();
    });
  }, [state, router]);

  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      action={(formData) => {
        credentials.current = {
          email: String(formData.get("email") ?? ""),
          password: String(formData.get("password") ?? ""),
        };
        formAction(formData);
      }}
      className="mt-6 space-y-4"
      noValidate
    >
      <TextField label={t("yourName")} name="name" autoComplete="name" required errors={errors?.name} />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={errors?.email}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint")}
        errors={errors?.password}
      />
      {inviteToken ? (
        <input type="hidden" name="inviteToken" value={inviteToken} />
      ) : (
        <TextField
          label={t("orgName")}
          name="orgName"
          autoComplete="organization"
          required
          errors={errors?.orgName}
        />
      )}
      <FormMessage state={state && !state.ok ? state : null} />
      <Button type="submit" className="w-full" disabled={isPending || Boolean(state?.ok)}>
        {isPending || state?.ok ? t("creatingAccount") : t("createAccountButton")}
      </Button>
    </form>
  );
}
