"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { deleteJiraSettingsAction, saveJiraSettingsAction } from "./actions";

type TInitial = { baseUrl: string; email: string; projectKey: string; issueType: string } | null;

export function JiraSettingsForm({ orgSlug, initial }: Readonly<{ orgSlug: string; initial: TInitial }>) {
  const t = useTranslations("admin.jira");
  const [state, action, isPending] = useActionState(saveJiraSettingsAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="space-y-3" aria-label={t("formLabel")}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <TextField
        label={t("siteUrl")}
        name="baseUrl"
        type="url"
        required
        defaultValue={values?.baseUrl ?? initial?.baseUrl}
        errors={errors?.baseUrl}
        placeholder="https://acme.atlassian.net"
      />
      <TextField
        label={t("accountEmail")}
        name="email"
        type="email"
        required
        defaultValue={values?.email ?? initial?.email}
        errors={errors?.email}
      />
      <TextField
        label={t("apiToken")}
        name="apiToken"
        type="password"
        autoComplete="off"
        required={!initial}
        errors={errors?.apiToken}
        hint={initial ? t("tokenSavedHint") : t("tokenHint")}
      />
      <TextField
        label={t("projectKey")}
        name="projectKey"
        required
        defaultValue={values?.projectKey ?? initial?.projectKey}
        errors={errors?.projectKey}
        placeholder={t("projectKeyPlaceholder")}
      />
      <TextField
        label={t("issueType")}
        name="issueType"
        required
        defaultValue={values?.issueType ?? initial?.issueType ?? "Task"}
        errors={errors?.issueType}
      />
      <FormMessage state={state && !state.ok ? state : null} />
      {state?.ok ? (
        <p role="status" className="text-sm text-green-800">
          {t("saved")}
        </p>
      ) : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}

export function DisconnectJiraForm({ orgSlug }: Readonly<{ orgSlug: string }>) {
  const t = useTranslations("admin.jira");
  const [state, action, isPending] = useActionState(deleteJiraSettingsAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <Button type="submit" variant="secondary" size="sm" disabled={isPending}>
        {t("disconnect")}
      </Button>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}
