import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { verifyEmail } from "@/lib/data/accounts/email-verification";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("verifyTitle"), referrer: "no-referrer" };
}
export const dynamic = "force-dynamic";

/** Opening the mailed link confirms the address (single use). */
export default async function VerifyEmailPage({ params }: Readonly<{ params: Promise<{ token: string }> }>) {
  const { token } = await params;
  const verified = token.length >= 20 && token.length <= 100 ? await verifyEmail(token) : null;
  const t = await getTranslations("account");
  return (
    <div className="flex min-h-screen items-center justify-center px-4">
      <main id="main" className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {verified ? (
          <>
            <h1 className="text-xl font-semibold">{t("verifiedHeading")}</h1>
            <p className="mt-2 text-slate-700">{t("verifiedText", { email: verified.email })}</p>
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">{t("verifyExpiredHeading")}</h1>
            <p className="mt-2 text-slate-700">{t("verifyExpiredText")}</p>
          </>
        )}
        <p className="mt-6 text-sm">
          <Link className="font-medium text-brand-700 underline" href="/orgs">
            {t("continue")}
          </Link>
        </p>
      </main>
    </div>
  );
}
