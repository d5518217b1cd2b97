"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { sendWorkshop } from "@/components/workshop/use-workshop-stream";

/** Members of the organization join from the workshop page under their own name. */
export function JoinAsMember({ workshopId }: Readonly<{ workshopId: string }>) {
  const router = useRouter();
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
          if (failure) setError(failure);
          else router.refresh();
        }}
      >
        Join this workshop
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
