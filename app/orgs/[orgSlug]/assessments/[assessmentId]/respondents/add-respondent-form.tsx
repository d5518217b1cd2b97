"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addRespondentAction } from "./actions";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

type TProps = Readonly<{
  orgSlug: string;
  assessmentId: string;
  members: ReadonlyArray<{ userId: string; name: string; email: string }>;
}>;

/** The lead invites a team member explicitly (besides sharing the link). */
export function AddRespondentForm({ orgSlug, assessmentId, members }: TProps) {
  const t = useTranslations("respondents");
  const [state, action, isPending] = useActionState(addRespondentAction, null);
  if (members.length === 0) return <p className="text-sm text-slate-700">{t("add.allIn")}</p>;
  return (
    <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <div className="min-w-0 flex-1">
        <SelectField
          label={t("add.label")}
          name="userId"
          errors={state && !state.ok ? state.fieldErrors?.userId : undefined}
        >
          {members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name} ({m.email})
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? t("add.adding") : t("add.button")}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
