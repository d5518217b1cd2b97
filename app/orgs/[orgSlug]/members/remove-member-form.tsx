"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { removeMemberAction } from "./actions";

/** Two steps: "Remove" asks for confirmation before anything is sent. */
export function RemoveMemberForm({
  orgSlug,
  userId,
  name,
}: Readonly<{ orgSlug: string; userId: string; name: string }>) {
  const [state, action, isPending] = useActionState(removeMemberAction, null);
  const [isConfirming, setConfirming] = useState(false);
  if (state?.ok) return <FormMessage state={{ ...state, message: state.data.message }} />;
  return (
    <form action={action} className="mt-1 flex flex-wrap items-center gap-2">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="userId" value={userId} />
      {isConfirming ? (
        <>
          <span className="text-xs text-slate-700">
            Remove {name}? Their past answers stay, shown as &quot;Former member&quot;.
          </span>
          <Button type="submit" size="sm" variant="danger" disabled={isPending}>
            Remove {name} from the organization
          </Button>
          <Button type="button" size="sm" variant="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </>
      ) : (
        <Button type="button" size="sm" variant="secondary" onClick={() => setConfirming(true)}>
          Remove…
        </Button>
      )}
      <FormMessage state={state} />
    </form>
  );
}
