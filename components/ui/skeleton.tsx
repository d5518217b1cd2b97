import clsx from "clsx";
import type { ReactNode } from "react";

/** A grey placeholder block, hidden from assistive technology (the page announces "Loading…" once). */
export function SkeletonBlock({ className }: Readonly<{ className?: string }>) {
  return <div aria-hidden="true" className={clsx("animate-pulse rounded bg-slate-200/70", className)} />;
}

/** The frame of every loading.tsx: a busy region that tells screen readers what is loading. */
export function PageSkeleton({ label, children }: Readonly<{ label: string; children: ReactNode }>) {
  return (
    <div aria-busy="true" className="space-y-6">
      <p role="status" className="sr-only">
        {label}
      </p>
      {children}
    </div>
  );
}

/** A page title with a line under it (and a breadcrumb above when `breadcrumb`). */
export function HeadingSkeleton({ breadcrumb = false }: Readonly<{ breadcrumb?: boolean }>) {
  return (
    <div className="space-y-2">
      {breadcrumb ? <SkeletonBlock className="h-4 w-40" /> : null}
      <SkeletonBlock className="h-8 w-72 max-w-full" />
      <SkeletonBlock className="h-4 w-96 max-w-full" />
    </div>
  );
}

/** A card with a heading and `lines` rows, or one block of `height` (a chart). */
export function CardSkeleton({
  lines = 3,
  height,
  className,
}: Readonly<{ lines?: number; height?: string; className?: string }>) {
  return (
    <div className={clsx("space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm", className)}>
      <SkeletonBlock className="h-5 w-48" />
      {height ? (
        <SkeletonBlock className={height} />
      ) : (
        Array.from({ length: lines }, (_, i) => <SkeletonBlock key={i} className="h-4 w-full" />)
      )}
    </div>
  );
}
