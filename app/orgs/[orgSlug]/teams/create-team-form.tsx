"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createTeamAction } from "./actions";

export function CreateTeamForm({
  orgSlug,
  groups,
}: Readonly<{ orgSlug: string; groups: readonly string[] }>) {
  const t = useTranslations("teams.create");
  const [state, action, isPending] = useActionState(createTeamAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <TextField label={t("name")} name="name" required errors={errors?.name} />
      <TextField label={t("description")} name="description" errors={errors?.description} />
      <TextField
        label={t("group")}
        name="group"
        list="team-groups"
        errors={errors?.group}
        hint={t("groupHint")}
      />
      <datalist id="team-groups">
        {groups.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("creating") : t("submit")}
      </Button>
    </form>
  );
}
