"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { acceptInviteAction } from "./actions";

export function AcceptInviteForm({ token }: Readonly<{ token: string }>) {
  const t = useTranslations("admin.invite");
  const [state, action, isPending] = useActionState(acceptInviteAction, null);
  return (
    <form action={action} className="mt-6 space-y-3">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? t("joining") : t("accept")}
      </Button>
    </form>
  );
}
