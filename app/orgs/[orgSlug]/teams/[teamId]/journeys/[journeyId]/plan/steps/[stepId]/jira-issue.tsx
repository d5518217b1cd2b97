"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { createJiraIssueAction } from "./jira-actions";

export function CreateJiraIssueForm({
  hidden,
  projectKey,
}: Readonly<{ hidden: Record<string, string>; projectKey: string }>) {
  const [state, action, isPending] = useActionState(createJiraIssueAction, null);
  if (state?.ok)
    return (
      <p role="status" className="text-sm">
        Created{" "}
        <a className="font-medium underline" href={state.data.url} target="_blank" rel="noreferrer">
          {state.data.key}
        </a>
        .
      </p>
    );
  return (
    <form action={action} className="space-y-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant="secondary" size="sm" disabled={isPending}>
        {isPending ? "Creating…" : `Create Jira issue in ${projectKey}`}
      </Button>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}
