"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createTeamAction } from "./actions";

export function CreateTeamForm({
  orgSlug,
  groups,
}: Readonly<{ orgSlug: string; groups: readonly string[] }>) {
  const [state, action, isPending] = useActionState(createTeamAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <TextField label="Team name" name="name" required errors={errors?.name} />
      <TextField label="What the team does (optional)" name="description" errors={errors?.description} />
      <TextField
        label="Group or business unit (optional)"
        name="group"
        list="team-groups"
        errors={errors?.group}
        hint="Dashboards can be filtered by group."
      />
      <datalist id="team-groups">
        {groups.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Creating…" : "Create team"}
      </Button>
    </form>
  );
}
