import type { TSaveStatus } from "./types";

const TEXT: Record<TSaveStatus["state"], string> = { idle: "", saving: "Saving…", saved: "Saved", retrying: "Not saved yet", error: "Not saved" };
const COLOUR: Record<TSaveStatus["state"], string> = {
  idle: "text-slate-600",
  saving: "text-slate-600",
  saved: "text-green-800",
  retrying: "text-amber-800",
  error: "text-red-800",
};

/** Per-question save state, announced politely to screen readers. */
export function SaveStatus({ status }: Readonly<{ status: TSaveStatus | undefined }>) {
  const state = status?.state ?? "idle";
  return (
    <span role="status" aria-live="polite" className={`text-xs font-medium ${COLOUR[state]}`} data-save-state={state}>
      {TEXT[state]}
      {status?.message ? <span className="block font-normal">{status.message}</span> : null}
    </span>
  );
}
