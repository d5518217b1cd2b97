"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { TFormAction } from "@/lib/action";

type TProps = Readonly<{
  action: TFormAction<{ message: string; teamId: string }>;
  orgSlug: string;
  teamId: string | null;
  journeyId: string;
  status: "ACTIVE" | "ARCHIVED";
  title: string;
}>;

/** Archive the active journey, or make an archived one active again (the current one gets archived). */
export function JourneyStatusButton({
  action: setJourneyStatusAction,
  orgSlug,
  teamId,
  journeyId,
  status,
  title,
}: TProps) {
  const t = useTranslations("journeys.status");
  const [state, action, isPending] = useActionState(setJourneyStatusAction, null);
  const next = status === "ACTIVE" ? "ARCHIVED" : "ACTIVE";
  return (
    <form action={action} className="inline-flex flex-col gap-2">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="teamId" value={teamId ?? ""} />
      <input type="hidden" name="journeyId" value={journeyId} />
      <input type="hidden" name="status" value={next} />
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        disabled={isPending}
        aria-label={t(next === "ACTIVE" ? "makeActiveLabel" : "archiveLabel", { title })}
      >
        {next === "ACTIVE" ? t("makeActive") : t("archive")}
      </Button>
      <FormMessage state={state?.ok ? null : state} />
    </form>
  );
}
