"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { unlockShareAction } from "./actions";

export function PasscodeForm({ token }: Readonly<{ token: string }>) {
  const t = useTranslations("share");
  const [state, action, isPending] = useActionState(unlockShareAction, null);
  return (
    <form action={action} className="max-w-sm space-y-3" aria-label={t("passcodeForm")}>
      <h1 className="text-xl font-semibold">{t("passcodeTitle")}</h1>
      <input type="hidden" name="token" value={token} />
      <TextField
        label={t("passcode")}
        name="password"
        type="password"
        autoComplete="off"
        required
        maxLength={100}
      />
      <FormMessage state={state && !state.ok ? state : null} />
      <Button type="submit" disabled={isPending}>
        {t("open")}
      </Button>
    </form>
  );
}
