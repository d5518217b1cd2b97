import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { findInvite } from "@/lib/data/invites";
import { firstParam } from "@/lib/validation/params";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("createAccountLink") };
}

export default async function SignUpPage({
  searchParams,
}: Readonly<{ searchParams: Promise<{ invite?: string | string[] }> }>) {
  const token = firstParam((await searchParams).invite);
  const invite = token ? await findInvite(token) : null;
  const [t, tc] = await Promise.all([getTranslations("auth"), getTranslations("common")]);
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  return (
    <>
      <h1 className="text-xl font-semibold">{t("signUpTitle")}</h1>
      {invite ? (
        <p className="mt-1 text-sm text-slate-600">
          {t.rich("invitedTo", { org: invite.orgName, role: tc(`roles.${invite.role}`), strong })}
          {invite.teamName ? t.rich("invitedToTeam", { team: invite.teamName, strong }) : null}.
        </p>
      ) : token ? (
        <p role="alert" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("inviteInvalid")}
        </p>
      ) : (
        <p className="mt-1 text-sm text-slate-600">{t("signUpIntro")}</p>
      )}
      <SignUpForm inviteToken={invite ? token : undefined} />
      <p className="mt-6 text-sm text-slate-600">
        {t("haveAccount")}{" "}
        <Link
          className="font-medium text-brand-700 underline"
          href={
            invite && token ? `/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}` : "/sign-in"
          }
        >
          {t("signInLink")}
        </Link>
      </p>
    </>
  );
}
