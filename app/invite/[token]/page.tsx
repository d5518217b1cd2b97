import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { getSessionUserId } from "@/lib/auth";
import { findInvite } from "@/lib/data/invites";
import { AcceptInviteForm } from "./accept-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.invite");
  return { title: t("title") };
}

export default async function InvitePage({ params }: Readonly<{ params: Promise<{ token: string }> }>) {
  const { token } = await params;
  const [invite, userId, t, tc] = await Promise.all([
    findInvite(token),
    getSessionUserId(),
    getTranslations("admin.invite"),
    getTranslations("common"),
  ]);
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  return (
    <div className="flex min-h-screen items-center justify-center px-4">
      <main id="main" className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {!invite ? (
          <>
            <h1 className="text-xl font-semibold">{t("invalidTitle")}</h1>
            <p className="mt-2 text-slate-700">{t("invalidText")}</p>
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">{t("join", { org: invite.orgName })}</h1>
            <p className="mt-2 text-slate-700">
              {invite.teamName
                ? t.rich("invitedAsInTeam", {
                    role: tc(`roles.${invite.role}`),
                    team: invite.teamName,
                    strong,
                  })
                : t.rich("invitedAs", { role: tc(`roles.${invite.role}`), strong })}
            </p>
            {invite.email ? (
              <p className="mt-2 text-sm text-slate-700">
                {t.rich("forEmail", { email: invite.email, strong })}
              </p>
            ) : null}
            {userId ? (
              <AcceptInviteForm token={token} />
            ) : (
              <div className="mt-6 flex flex-wrap gap-3">
                <Link
                  className={buttonClass("primary")}
                  href={`/sign-up?invite=${encodeURIComponent(token)}`}
                >
                  {t("createAccount")}
                </Link>
                <Link
                  className={buttonClass("secondary")}
                  href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}
                >
                  {t("haveAccount")}
                </Link>
              </div>
            )}
          </>
        )}
      </main>
    </div>
  );
}
