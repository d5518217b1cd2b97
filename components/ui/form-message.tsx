import type { ActionResult } from "@/lib/action";

/** The form-level outcome of an action, announced to screen readers. */
export function FormMessage({ state }: Readonly<{ state: ActionResult | null }>) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
        {state.message}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      {state.message}
    </p>
  );
}
