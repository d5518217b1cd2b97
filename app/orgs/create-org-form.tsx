"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createOrgAction } from "./actions";

export function CreateOrgForm() {
  const [state, action, isPending] = useActionState(createOrgAction, null);
  return (
    <form action={action} className="space-y-3" noValidate>
      <TextField
        label="Organization name"
        name="name"
        required
        errors={state && !state.ok ? state.fieldErrors?.name : undefined}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Creating…" : "Create organization"}
      </Button>
    </form>
  );
}
