import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/nav/language-switch";

export default function AuthLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <div className="relative flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <LanguageSwitch className="absolute right-3 top-3" />
      <Link href="/" className="mb-6 text-2xl font-bold tracking-tight text-brand-700">
        Stepwise
      </Link>
      <main
        id="main"
        className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8"
      >
        {children}
      </main>
    </div>
  );
}
