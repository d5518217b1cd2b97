"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { TFormAction } from "@/lib/action";
import { ScopeFields, type TPlanScope } from "./scope-fields";

/** Priority up/down: two small forms, so they work with the keyboard and without JavaScript. */
export function MoveButtons({
  action: moveStepAction,
  scope,
  stepId,
  title,
  first,
  last,
}: Readonly<{
  action: TFormAction<{ message: string }>;
  scope: TPlanScope;
  stepId: string;
  title: string;
  first: boolean;
  last: boolean;
}>) {
  const t = useTranslations("plans.table");
  const [state, action, pending] = useActionState(moveStepAction, null);
  return (
    <div className="inline-flex items-center gap-1">
      {(["up", "down"] as const).map((direction) => (
        <form key={direction} action={action}>
          <ScopeFields scope={scope} />
          <input type="hidden" name="stepId" value={stepId} />
          <input type="hidden" name="direction" value={direction} />
          <Button
            type="submit"
            variant="secondary"
            size="sm"
            className="!px-2"
            disabled={pending || (direction === "up" ? first : last)}
            aria-label={t(direction === "up" ? "moveUp" : "moveDown", { title })}
          >
            <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
          </Button>
        </form>
      ))}
      {state && !state.ok ? (
        <span role="alert" className="text-xs text-red-800">
          {state.message}
        </span>
      ) : null}
    </div>
  );
}
