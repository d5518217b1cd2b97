"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { createJiraIssueAction } from "./jira-actions";

export function CreateJiraIssueForm({
  hidden,
  projectKey,
}: Readonly<{ hidden: Record<string, string>; projectKey: string }>) {
  const t = useTranslations("plans.jira");
  const [state, action, isPending] = useActionState(createJiraIssueAction, null);
  if (state?.ok)
    return (
      <p role="status" className="text-sm">
        {t.rich("created", {
          key: state.data.key,
          link: (c) => (
            <a className="font-medium underline" href={state.data.url} target="_blank" rel="noreferrer">
              {c}
            </a>
          ),
        })}
      </p>
    );
  return (
    <form action={action} className="space-y-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant="secondary" size="sm" disabled={isPending}>
        {isPending ? t("creating") : t("create", { project: projectKey })}
      </Button>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}
