"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { deleteOrgAction } from "./actions";

export function DeleteOrgForm({ orgSlug }: Readonly<{ orgSlug: string }>) {
  const t = useTranslations("admin.data");
  const [state, action, isPending] = useActionState(deleteOrgAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <TextField
        label={t("typeToConfirm", { slug: orgSlug })}
        name="confirmSlug"
        autoComplete="off"
        required
        errors={state && !state.ok ? state.fieldErrors?.confirmSlug : undefined}
      />
      <FormMessage state={state && !state.ok ? state : null} />
      <Button type="submit" variant="danger" disabled={isPending}>
        {isPending ? t("deleting") : t("deleteButton")}
      </Button>
    </form>
  );
}
