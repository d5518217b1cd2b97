"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { revokeInviteAction } from "./actions";

export function RevokeInviteForm({ orgSlug, inviteId }: Readonly<{ orgSlug: string; inviteId: string }>) {
  const t = useTranslations("admin.members");
  const [state, action, isPending] = useActionState(revokeInviteAction, null);
  if (state?.ok) return <FormMessage state={{ ...state, message: state.data.message }} />;
  return (
    <form action={action} className="inline">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="inviteId" value={inviteId} />
      <Button type="submit" size="sm" variant="secondary" disabled={isPending}>
        {t("revoke")}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
