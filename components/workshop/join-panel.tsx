"use client";

import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { livePath, liveCodePath } from "@/lib/paths";

const noSubscription = () => () => {};

/** The join code, big enough to read from the back of the room, and the link to share. */
export function JoinPanel({ joinCode, isJoinable }: Readonly<{ joinCode: string; isJoinable: boolean }>) {
  const path = liveCodePath(joinCode);
  // The server renders the path; the browser adds its origin (it never changes, so nothing to subscribe to).
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const link = `${origin}${path}`;
  const t = useTranslations("workshops");
  const [copied, setCopied] = useState(false);
  if (!isJoinable) return <p className="text-sm text-slate-700">{t("join.ended")}</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">
        {t.rich("join.joinAt", { path: livePath(), strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <p className="font-mono text-3xl font-bold tracking-widest text-slate-900" data-testid="join-code">
        {joinCode}
      </p>
      <div className="flex min-w-0 flex-wrap items-center gap-2">
        <code
          className="min-w-0 max-w-full truncate rounded bg-slate-100 px-2 py-1 text-xs"
          data-testid="join-link"
        >
          {link}
        </code>
        <Button
          size="sm"
          variant="secondary"
          onClick={() =>
            void navigator.clipboard?.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t("join.copied") : t("join.copy")}
        </Button>
      </div>
    </div>
  );
}
