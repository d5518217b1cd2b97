"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

type TErrorProps = Readonly<{ error: Error & { digest?: string }; reset: () => void }>;

/**
 * What an error boundary (error.tsx) shows: no message or stack from the server (production sends
 * only a digest), a way to retry, and the digest as a reference to quote when reporting it.
 */
export function ErrorPanel({ error, reset }: TErrorProps) {
  const t = useTranslations("ui");
  return (
    <div role="alert" className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("errorText")}</p>
      <Button className="mt-4" onClick={reset}>
        {t("tryAgain")}
      </Button>
      {error.digest ? (
        <p className="mt-4 text-xs text-slate-500">{t("reference", { digest: error.digest })}</p>
      ) : null}
    </div>
  );
}

/** The default export of a segment's error.tsx. */
export default function SegmentError(props: TErrorProps) {
  return <ErrorPanel {...props} />;
}
