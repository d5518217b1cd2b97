"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { TFormAction } from "@/lib/action";
import { STEP_STATUSES } from "@/lib/plans/statuses";
import type { TPlanStep } from "@/lib/plans/types";
import { ScopeFields, type TPlanScope } from "./scope-fields";

/**
 * Moves a card to another column with a select and a button (keyboard and screen-reader friendly).
 * The select is keyed by version, so after a conflict it shows the status someone else saved.
 */
export function StatusForm({
  action: setStepStatusAction,
  scope,
  step,
}: Readonly<{
  action: TFormAction<{ message: string }>;
  scope: TPlanScope;
  step: Pick<TPlanStep, "id" | "title" | "status" | "version">;
}>) {
  const t = useTranslations("plans");
  const [state, action, pending] = useActionState(setStepStatusAction, null);
  const id = `status-${step.id}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-1">
      <ScopeFields scope={scope} />
      <input type="hidden" name="stepId" value={step.id} />
      <input type="hidden" name="version" value={step.version} />
      <label htmlFor={id} className="sr-only">
        {t("board.statusOf", { title: step.title })}
      </label>
      <select
        key={step.version}
        id={id}
        name="status"
        defaultValue={step.status}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {STEP_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        disabled={pending}
        aria-label={t("board.moveTo", { title: step.title })}
      >
        {t("board.move")}
      </Button>
      {state && !state.ok ? (
        <p role="alert" className="basis-full text-xs text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
