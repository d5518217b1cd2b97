import clsx from "clsx";
import type { HTMLAttributes } from "react";

export function Card({ className, ...props }: Readonly<HTMLAttributes<HTMLElement>>) {
  return (
    <section
      className={clsx("rounded-lg border border-slate-200 bg-white p-5 shadow-sm", className)}
      {...props}
    />
  );
}
