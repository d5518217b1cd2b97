import type { Metadata } from "next";
import Link from "next/link";
import { findInvite } from "@/lib/data/invites";
import { ROLE_LABELS } from "@/lib/roles";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: Readonly<{ searchParams: Promise<{ invite?: string }> }>) {
  const { invite: token } = await searchParams;
  const invite = token ? await findInvite(token) : null;
  return (
    <>
      <h1 className="text-xl font-semibold">Create your Stepwise account</h1>
      {invite ? (
        <p className="mt-1 text-sm text-slate-600">
          You were invited to <strong>{invite.orgName}</strong> as {ROLE_LABELS[invite.role]}
          {invite.teamName ? <> in team <strong>{invite.teamName}</strong></> : null}.
        </p>
      ) : token ? (
        <p role="alert" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          This invite link is invalid, expired or already used. You can still create an account with your own organization.
        </p>
      ) : (
        <p className="mt-1 text-sm text-slate-600">Start with your own organization; invite your teams afterwards.</p>
      )}
      <SignUpForm inviteToken={invite ? token : undefined} />
      <p className="mt-6 text-sm text-slate-600">
        Already have an account?{" "}
        <Link className="font-medium text-brand-700 underline" href={invite && token ? `/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}` : "/sign-in"}>
          Sign in
        </Link>
      </p>
    </>
  );
}
