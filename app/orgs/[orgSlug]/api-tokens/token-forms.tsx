"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createTokenAction, revokeTokenAction } from "./actions";

export function CreateTokenForm({
  orgSlug,
  kind,
  teams,
  canWrite,
}: Readonly<{
  orgSlug: string;
  kind: "ORG" | "PERSONAL";
  teams: Array<{ id: string; name: string }>;
  canWrite: boolean;
}>) {
  const [state, action, isPending] = useActionState(createTokenAction, null);
  const id = (name: string) => `${kind.toLowerCase()}-${name}`;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      action={action}
      className="space-y-3"
      aria-label={kind === "ORG" ? "New organization token" : "New personal token"}
    >
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="kind" value={kind} />
      <TextField
        label="Name"
        name="name"
        id={id("name")}
        required
        maxLength={80}
        errors={errors?.name}
        placeholder="e.g. CI pipeline"
      />
      <SelectField label="Scope" name="scope" id={id("scope")} defaultValue="READ" errors={errors?.scope}>
        <option value="READ">Read (GET only)</option>
        {canWrite ? <option value="WRITE">Read and write</option> : null}
      </SelectField>
      <SelectField
        label="Team (optional)"
        name="teamId"
        id={id("team")}
        defaultValue=""
        errors={errors?.teamId}
      >
        <option value="">All teams</option>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name} only
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Expires"
        name="expiresInDays"
        id={id("expiry")}
        defaultValue="90"
        errors={errors?.expiresInDays}
      >
        <option value="7">in 7 days</option>
        <option value="30">in 30 days</option>
        <option value="90">in 90 days</option>
        <option value="365">in a year</option>
        <option value="">never</option>
      </SelectField>
      <FormMessage state={state && !state.ok ? state : null} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Creating…" : "Create token"}
      </Button>
      {state?.ok ? (
        <div role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900">
          <label htmlFor={id("secret")} className="font-medium">
            Token “{state.data.name}”: copy it now, it is shown only once.
          </label>
          <input
            id={id("secret")}
            data-testid="new-token"
            readOnly
            value={state.data.token}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
          />
        </div>
      ) : null}
    </form>
  );
}

export function RevokeTokenForm({
  orgSlug,
  tokenId,
  name,
}: Readonly<{ orgSlug: string; tokenId: string; name: string }>) {
  const [state, action, isPending] = useActionState(revokeTokenAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="tokenId" value={tokenId} />
      <Button type="submit" variant="secondary" size="sm" disabled={isPending} aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}
