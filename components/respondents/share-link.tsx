"use client";

import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

const noSubscription = () => () => undefined;

/** The respondents' link with a copy button (the origin comes from the browser, so it fits any host). */
export function ShareLink({ path }: Readonly<{ path: string }>) {
  const t = useTranslations("respondents");
  const [isCopied, setIsCopied] = useState(false);
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const url = `${origin}${path}`;
  const copy = async () => {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setIsCopied(true);
  };
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <label className="min-w-0 flex-1">
        <span className="sr-only">{t("share.label")}</span>
        <input
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-800"
        />
      </label>
      <Button variant="secondary" size="sm" onClick={copy}>
        {isCopied ? t("share.copied") : t("share.copy")}
      </Button>
      <span className="sr-only" aria-live="polite">
        {isCopied ? t("share.linkCopied") : ""}
      </span>
    </div>
  );
}
