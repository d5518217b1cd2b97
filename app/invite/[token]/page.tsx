import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { getSessionUserId } from "@/lib/auth";
import { findInvite } from "@/lib/data/invites";
import { ROLE_LABELS } from "@/lib/authz";
import { AcceptInviteForm } from "./accept-form";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitePage({ params }: Readonly<{ params: Promise<{ token: string }> }>) {
  const { token } = await params;
  const [invite, userId] = await Promise.all([findInvite(token), getSessionUserId()]);
  return (
    <div className="flex min-h-screen items-center justify-center px-4">
      <main id="main" className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {!invite ? (
          <>
            <h1 className="text-xl font-semibold">Invitation not valid</h1>
            <p className="mt-2 text-slate-700">
              This invite link is invalid, expired, revoked or already used. Ask the person who sent it for a
              new one.
            </p>
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">Join {invite.orgName}</h1>
            <p className="mt-2 text-slate-700">
              You are invited as <strong>{ROLE_LABELS[invite.role]}</strong>
              {invite.teamName ? (
                <>
                  {" "}
                  in team <strong>{invite.teamName}</strong>
                </>
              ) : null}
              .
            </p>
            {invite.email ? (
              <p className="mt-2 text-sm text-slate-700">
                This invitation is for <strong>{invite.email}</strong>: sign in with that address (confirmed).
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
                  Create an account
                </Link>
                <Link
                  className={buttonClass("secondary")}
                  href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}
                >
                  I already have one
                </Link>
              </div>
            )}
          </>
        )}
      </main>
    </div>
  );
}
