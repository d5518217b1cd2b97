import { useTranslations } from "next-intl";
import type { TSaveStatus } from "./types";

const TEXT = {
  saving: "saveSaving",
  saved: "saveSaved",
  retrying: "saveRetrying",
  error: "saveError",
} as const;
const COLOUR: Record<TSaveStatus["state"], string> = {
  idle: "text-slate-600",
  saving: "text-slate-600",
  saved: "text-green-800",
  retrying: "text-amber-800",
  error: "text-red-800",
};

/** Per-question save state, announced politely to screen readers. */
export function SaveStatus({ status }: Readonly<{ status: TSaveStatus | undefined }>) {
  const t = useTranslations("questionnaire");
  const state = status?.state ?? "idle";
  return (
    <span
      role="status"
      aria-live="polite"
      className={`text-xs font-medium ${COLOUR[state]}`}
      data-save-state={state}
    >
      {state === "idle" ? "" : t(TEXT[state])}
      {status?.message ? <span className="block font-normal">{status.message}</span> : null}
    </span>
  );
}
