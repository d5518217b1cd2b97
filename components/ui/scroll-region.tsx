import clsx from "clsx";
import type { ReactNode } from "react";

/**
 * A wide table's horizontal scroll box on a narrow screen. It is a named region in the tab order, so
 * keyboard users can focus it and scroll it with the arrow keys (WCAG 2.1.1), with a visible focus ring.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: Readonly<{ label: string; className?: string; children: ReactNode }>) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={clsx(
        "overflow-x-auto focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600",
        className,
      )}
    >
      {children}
    </div>
  );
}
