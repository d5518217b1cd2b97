"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { WORKSHOP_ERRORS, translateError } from "@/i18n/known-errors";

type TErrors = Partial<Record<"code" | "displayName", string[]>>;

/** Posts the code (and a display name for guests); on success opens the workshop. */
export function JoinForm({
  initialCode,
  signedInAs,
}: Readonly<{ initialCode: string; signedInAs: string | null }>) {
  const router = useRouter();
  const t = useTranslations("workshops");
  const te = useTranslations("workshops.errors");
  const tr = (text: string) => translateError(text, WORKSHOP_ERRORS, te);
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
      const fieldErrors = data.error?.fieldErrors ?? {};
      setErrors({ code: fieldErrors.code?.map(tr), displayName: fieldErrors.displayName?.map(tr) });
      setMessage(data.error?.message ? tr(data.error.message) : te("joinFailed"));
    } catch {
      setMessage(te("noConnection"));
    }
    setBusy(false);
  }

  return (
    <form action={submit} className="space-y-4" noValidate>
      <TextField
        label={t("joinPage.code")}
        name="code"
        defaultValue={initialCode}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder={t("joinPage.codePlaceholder")}
        className="font-mono text-lg tracking-widest"
        errors={errors.code}
        required
      />
      <TextField
        label={signedInAs ? t("joinPage.displayNameMember") : t("joinPage.displayNameGuest")}
        name="displayName"
        maxLength={40}
        autoComplete="nickname"
        hint={signedInAs ? t("joinPage.hintMember", { name: signedInAs }) : t("joinPage.hintGuest")}
        errors={errors.displayName}
      />
      {message ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {message}
        </p>
      ) : null}
      <Button type="submit" disabled={isBusy} className="w-full">
        {isBusy ? t("joinPage.joining") : t("joinPage.join")}
      </Button>
    </form>
  );
}
