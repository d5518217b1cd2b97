"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { TFormAction } from "@/lib/action";

type TCreated = { url: string; expiresAt: string };

/** Creates a share link (team results or the org overview); shows the link once. */
export function CreateShareLinkForm({
  action,
  orgSlug,
  kind,
  assessmentId,
  filters,
}: Readonly<{
  action: TFormAction<TCreated>;
  orgSlug: string;
  kind: "TEAM_RESULTS" | "ORG_OVERVIEW";
  assessmentId?: string;
  filters?: string;
}>) {
  const t = useTranslations("share");
  const [state, formAction, isPending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const id = (name: string) => `share-${name}`;
  return (
    <form action={formAction} className="space-y-3" aria-label={t("createForm")}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="kind" value={kind} />
      {assessmentId ? <input type="hidden" name="assessmentId" value={assessmentId} /> : null}
      {kind === "ORG_OVERVIEW" ? <input type="hidden" name="filters" value={filters ?? ""} /> : null}
      <SelectField
        label={t("expires")}
        name="expiresInDays"
        id={id("expiry")}
        defaultValue="30"
        errors={errors?.expiresInDays}
      >
        {[1, 7, 30, 90, 365].map((d) => (
          <option key={d} value={d}>
            {t("inDays", { days: d })}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("passcodeOptional")}
        name="password"
        id={id("passcode")}
        type="password"
        autoComplete="new-password"
        maxLength={100}
        errors={errors?.password}
        hint={t("passcodeHint")}
      />
      <FormMessage state={state && !state.ok ? state : null} />
      <Button type="submit" disabled={isPending}>
        {t("create")}
      </Button>
      {state?.ok ? (
        <div role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900">
          <label htmlFor={id("url")} className="font-medium">
            {t("createdOnce")}
          </label>
          <input
            id={id("url")}
            data-testid="share-url"
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

export function RevokeShareLinkForm({
  action,
  orgSlug,
  linkId,
  label,
}: Readonly<{ action: TFormAction<{ message: string }>; orgSlug: string; linkId: string; label: string }>) {
  const t = useTranslations("share");
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="linkId" value={linkId} />
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        disabled={isPending}
        aria-label={t("revokeLabel", { label })}
      >
        {t("revoke")}
      </Button>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}
