import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { findPasswordReset } from "@/lib/data/accounts/password-reset";
import { ResetPasswordForm } from "./reset-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("resetTitle"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({
  params,
}: Readonly<{ params: Promise<{ token: string }> }>) {
  const { token } = await params;
  const [reset, t] = await Promise.all([
    token.length <= 100 ? findPasswordReset(token) : null,
    getTranslations("auth"),
  ]);
  if (!reset) {
    return (
      <>
        <h1 className="text-xl font-semibold">{t("linkExpiredTitle")}</h1>
        <p className="mt-2 text-sm text-slate-700">{t("resetExpiredText")}</p>
        <p className="mt-6 text-sm">
          <Link className="font-medium text-brand-700 underline" href="/forgot-password">
            {t("sendNewLink")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-xl font-semibold">{t("resetTitle")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("resetFor", { email: reset.email })}</p>
      <ResetPasswordForm token={token} />
    </>
  );
}
