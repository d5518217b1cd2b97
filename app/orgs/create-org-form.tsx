"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createOrgAction } from "./actions";

export function CreateOrgForm() {
  const t = useTranslations("admin.orgs");
  const [state, action, isPending] = useActionState(createOrgAction, null);
  return (
    <form action={action} className="space-y-3" noValidate>
      <TextField
        label={t("name")}
        name="name"
        required
        errors={state && !state.ok ? state.fieldErrors?.name : undefined}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
