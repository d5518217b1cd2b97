import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

/** The bar above every signed-in page: product name, optional org navigation, language, the user and sign-out. */
export async function TopBar({ userName, children }: Readonly<{ userName: string; children?: ReactNode }>) {
  const t = await getTranslations("common");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/orgs" className="text-lg font-bold tracking-tight text-brand-700">
          Stepwise
        </Link>
        <div className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">{children}</div>
        <div className="ml-auto flex items-center gap-2 text-sm text-slate-700">
          <LanguageSwitch compact />
          <span aria-label={t("signedInAs")} className="hidden max-w-[10rem] truncate 2xl:inline">
            {userName}
          </span>
          <SignOutButton label={t("signOut")} />
        </div>
      </div>
    </header>
  );
}
