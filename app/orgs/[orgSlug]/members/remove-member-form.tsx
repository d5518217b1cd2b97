"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { removeMemberAction } from "./actions";

/** Two steps: "Remove" asks for confirmation before anything is sent. */
export function RemoveMemberForm({
  orgSlug,
  userId,
  name,
}: Readonly<{ orgSlug: string; userId: string; name: string }>) {
  const t = useTranslations("admin.members");
  const [state, action, isPending] = useActionState(removeMemberAction, null);
  const [isConfirming, setConfirming] = useState(false);
  if (state?.ok) return <FormMessage state={{ ...state, message: state.data.message }} />;
  return (
    <form action={action} className="mt-1 flex flex-wrap items-center gap-2">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="userId" value={userId} />
      {isConfirming ? (
        <>
          <span className="text-xs text-slate-700">{t("removeConfirm", { name })}</span>
          <Button type="submit" size="sm" variant="danger" disabled={isPending}>
            {t("removeButton", { name })}
          </Button>
          <Button type="button" size="sm" variant="secondary" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
        </>
      ) : (
        <Button type="button" size="sm" variant="secondary" onClick={() => setConfirming(true)}>
          {t("remove")}
        </Button>
      )}
      <FormMessage state={state} />
    </form>
  );
}
