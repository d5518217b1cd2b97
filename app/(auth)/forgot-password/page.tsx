import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "./forgot-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="text-xl font-semibold">{t("forgotHeading")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("forgotIntro")}</p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm text-slate-600">
        <Link className="font-medium text-brand-700 underline" href="/sign-in">
          {t("backToSignIn")}
        </Link>
      </p>
    </>
  );
}
