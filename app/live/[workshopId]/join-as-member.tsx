"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { sendWorkshop } from "@/components/workshop/use-workshop-stream";
import { WORKSHOP_ERRORS, translateError } from "@/i18n/known-errors";

/** Members of the organization join from the workshop page under their own name. */
export function JoinAsMember({ workshopId }: Readonly<{ workshopId: string }>) {
  const router = useRouter();
  const t = useTranslations("workshops");
  const te = useTranslations("workshops.errors");
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  return (
    <div className="space-y-2">
      <Button
        disabled={isBusy}
        onClick={async () => {
          setBusy(true);
          const { error: failure } = await sendWorkshop(
            `/api/workshops/${workshopId}/participants`,
            "POST",
            {},
          );
          setBusy(false);
          if (failure) setError(translateError(failure, WORKSHOP_ERRORS, te));
          else router.refresh();
        }}
      >
        {t("joinPage.joinThis")}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
