import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/nav/language-switch";
import { buttonClass } from "@/components/ui/button";
import { getSessionUserId } from "@/lib/auth";

const STEPS = [1, 2, 3] as const;

export const dynamic = "force-dynamic";

export default async function HomePage() {
  if (await getSessionUserId()) redirect("/orgs");
  const t = await getTranslations("home");
  return (
    <main id="main" className="relative mx-auto max-w-5xl px-4 py-16">
      <LanguageSwitch className="absolute right-3 top-3" />
      <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">Stepwise</p>
      <h1 className="mt-2 max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
        {t("headline")}
      </h1>
      <p className="mt-4 max-w-2xl text-lg text-slate-700">{t("lead")}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/sign-in" className={buttonClass("primary")}>
          {t("signIn")}
        </Link>
        <Link href="/sign-up" className={buttonClass("secondary")}>
          {t("createAccount")}
        </Link>
      </div>
      <ol className="mt-14 grid gap-6 sm:grid-cols-3">
        {STEPS.map((n) => (
          <li key={n} className="rounded-lg border border-slate-200 bg-white p-5">
            <p className="text-sm font-semibold text-brand-700">{t("step", { n })}</p>
            <h2 className="mt-1 font-semibold">{t(`step${n}Title`)}</h2>
            <p className="mt-2 text-sm text-slate-700">{t(`step${n}Text`)}</p>
          </li>
        ))}
      </ol>
    </main>
  );
}
