import clsx from "clsx";
import { useTranslations } from "next-intl";
import type { TConnection } from "./use-workshop-stream";

/** Whether this screen is following the workshop in real time. */
export function ConnectionBadge({ connection }: Readonly<{ connection: TConnection }>) {
  const t = useTranslations("workshops");
  return (
    <span
      role="status"
      data-testid="connection"
      className="no-print inline-flex items-center gap-1.5 rounded-full bg-white px-2.5 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-200"
    >
      <span
        aria-hidden="true"
        className={clsx(
          "h-2 w-2 rounded-full",
          connection === "live"
            ? "bg-green-600"
            : connection === "connecting"
              ? "bg-amber-500"
              : "bg-red-600",
        )}
      />
      {t(`connection.${connection}`)}
    </span>
  );
}
