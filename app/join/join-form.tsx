"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

type TErrors = Partial<Record<"code" | "displayName", string[]>>;

/** Posts the code (and a display name for guests); on success opens the workshop. */
export function JoinForm({
  initialCode,
  signedInAs,
}: Readonly<{ initialCode: string; signedInAs: string | null }>) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<TErrors>({});
  const [isBusy, setBusy] = useState(false);

  async function submit(form: FormData) {
    setBusy(true);
    setMessage(null);
    setErrors({});
    const displayName = String(form.get("displayName") ?? "").trim();
    const body = { code: String(form.get("code") ?? ""), ...(displayName ? { displayName } : {}) };
    try {
      const res = await fetch("/api/workshops/join", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const data = (await res.json().catch(() => ({}))) as {
        url?: string;
        error?: { message?: string; fieldErrors?: TErrors };
      };
      if (res.ok && data.url) return router.push(data.url);
      setErrors(data.error?.fieldErrors ?? {});
      setMessage(data.error?.message ?? "Joining failed. Please try again.");
    } catch {
      setMessage("No connection. Check your network and try again.");
    }
    setBusy(false);
  }

  return (
    <form action={submit} className="space-y-4" noValidate>
      <TextField
        label="Workshop code"
        name="code"
        defaultValue={initialCode}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="ABCDE-FGHJK"
        className="font-mono text-lg tracking-widest"
        errors={errors.code}
        required
      />
      <TextField
        label={
          signedInAs
            ? "Display name (only if you are not a member of the organization)"
            : "Your name (shown to the group)"
        }
        name="displayName"
        maxLength={40}
        autoComplete="nickname"
        hint={
          signedInAs
            ? `Signed in as ${signedInAs}: members of the organization join under their own name.`
            : "You join as a guest: you see this workshop and nothing else."
        }
        errors={errors.displayName}
      />
      {message ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {message}
        </p>
      ) : null}
      <Button type="submit" disabled={isBusy} className="w-full">
        {isBusy ? "Joining…" : "Join"}
      </Button>
    </form>
  );
}
