import clsx from "clsx";
import type { ButtonHTMLAttributes } from "react";

type TVariant = "primary" | "secondary" | "ghost" | "danger";
type TSize = "sm" | "md";

const VARIANTS: Record<TVariant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-600/60",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
  ghost: "text-slate-700 hover:bg-slate-100",
  danger: "bg-red-700 text-white hover:bg-red-800",
};
const SIZES: Record<TSize, string> = { sm: "px-3 py-1.5 text-sm", md: "px-4 py-2 text-sm" };

/** Classes for anything that should look like a button (links included). */
export function buttonClass(variant: TVariant = "primary", size: TSize = "md", extra?: string) {
  return clsx(
    "inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors disabled:cursor-not-allowed",
    VARIANTS[variant],
    SIZES[size],
    extra,
  );
}

export function Button({
  variant = "primary",
  size = "md",
  className,
  type = "button",
  ...props
}: Readonly<ButtonHTMLAttributes<HTMLButtonElement> & { variant?: TVariant; size?: TSize }>) {
  return <button type={type} className={buttonClass(variant, size, className)} {...props} />;
}
