import { firstParam, type TSearchParamValue } from "@/lib/validation/params";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getSessionUserId } from "@/lib/auth";
import { getUserSummary } from "@/lib/data/users";
import { JoinForm } from "./join-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshops");
  return { title: t("joinPage.metaTitle"), robots: { index: false, follow: false } };
}
export const dynamic = "force-dynamic";

/** Code entry for live workshops; works signed out (guests) and signed in (members join as themselves). */
export default async function JoinPage({
  searchParams,
}: Readonly<{ searchParams: Promise<{ code?: TSearchParamValue }> }>) {
  const code = firstParam((await searchParams).code);
  const userId = await getSessionUserId();
  const user = userId ? await getUserSummary(userId) : null;
  const t = await getTranslations("workshops");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <p className="text-lg font-bold tracking-tight text-brand-700">Stepwise</p>
      <h1 className="mt-4 text-2xl font-semibold">{t("joinPage.title")}</h1>
      <p className="mt-1 text-slate-700">{t("joinPage.intro")}</p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <JoinForm
          initialCode={typeof code === "string" ? code.slice(0, 40) : ""}
          signedInAs={user?.name ?? null}
        />
      </div>
    </main>
  );
}
