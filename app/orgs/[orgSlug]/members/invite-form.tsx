"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { formatDate } from "@/lib/format";
import { ORG_ROLES, ROLE_LABELS } from "@/lib/authz/roles";
import { createInviteAction } from "./actions";

export function InviteForm({
  orgSlug,
  teams,
}: Readonly<{ orgSlug: string; teams: Array<{ id: string; name: string }> }>) {
  const [state, action, isPending] = useActionState(createInviteAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <TextField
        label="Email (optional)"
        name="email"
        type="email"
        autoComplete="off"
        hint="We mail the link there; only a confirmed account with this address can use it. Leave empty for a link to pass on yourself."
        errors={state && !state.ok ? state.fieldErrors?.email : undefined}
      />
      <SelectField label="Role" name="role" defaultValue="MEMBER">
        {ORG_ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Team (optional)" name="teamId" defaultValue="">
        <option value="">No team</option>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </SelectField>
      <FormMessage state={state && !state.ok ? state : null} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Creating…" : "Create invite link"}
      </Button>
      {state?.ok ? (
        <div role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900">
          {state.data.email ? (
            <p className="mb-1">
              {state.data.mailed
                ? `Invitation mailed to ${state.data.email}.`
                : `The mail to ${state.data.email} could not be sent: pass the link on yourself.`}
            </p>
          ) : null}
          <label htmlFor="invite-url" className="font-medium">
            Invite link (single use, valid until {formatDate(state.data.expiresAt)}):
          </label>
          <input
            id="invite-url"
            readOnly
            value={state.data.url}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
          />
        </div>
      ) : null}
    </form>
  );
}
