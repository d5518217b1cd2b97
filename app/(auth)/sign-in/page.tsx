import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { safeCallbackPath } from "@/lib/security/redirect";
import { ssoErrorMessage } from "@/lib/sso/rules";
import { firstParam, type TSearchParamValue } from "@/lib/validation/params";
import { SignInForm } from "./sign-in-form";
import { SsoSignInForm } from "./sso-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function SignInPage({
  searchParams,
}: Readonly<{
  searchParams: Promise<{
    callbackUrl?: TSearchParamValue;
    error?: TSearchParamValue;
    sso?: TSearchParamValue;
    sso_error?: TSearchParamValue;
    identifier?: TSearchParamValue;
    reason?: TSearchParamValue;
  }>;
}>) {
  const params = await searchParams;
  const target = safeCallbackPath(params.callbackUrl);
  const sso = firstParam(params.sso);
  const ssoError = firstParam(params.sso_error);
  const identifier = firstParam(params.identifier);
  const reason = firstParam(params.reason);
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="text-xl font-semibold">{t("signInTitle")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("signInIntro")}</p>
      <SignInForm callbackUrl={target} />
      <p className="mt-3 text-sm">
        <Link className="text-brand-700 underline" href="/forgot-password">
          {t("forgotHeading")}
        </Link>
      </p>
      <SsoSignInForm
        callbackUrl={target}
        identifier={(typeof identifier === "string" ? identifier : typeof sso === "string" ? sso : "").slice(
          0,
          254,
        )}
        error={ssoErrorMessage(typeof ssoError === "string" ? ssoError : undefined)}
        notice={reason === "sso-required" ? t("ssoRequired") : null}
      />
      <p className="mt-6 text-sm text-slate-600">
        {t("newHere")}{" "}
        <Link
          className="font-medium text-brand-700 underline"
          href={`/sign-up?callbackUrl=${encodeURIComponent(target)}`}
        >
          {t("createAccountLink")}
        </Link>
      </p>
    </>
  );
}
