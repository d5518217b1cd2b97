import type { Metadata } from "next";
import Link from "next/link";
import { findPasswordReset } from "@/lib/data/accounts/password-reset";
import { ResetPasswordForm } from "./reset-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({
  params,
}: Readonly<{ params: Promise<{ token: string }> }>) {
  const { token } = await params;
  const reset = token.length <= 100 ? await findPasswordReset(token) : null;
  if (!reset) {
    return (
      <>
        <h1 className="text-xl font-semibold">This link does not work any more</h1>
        <p className="mt-2 text-sm text-slate-700">
          Reset links work once and for one hour. Ask for a new one.
        </p>
        <p className="mt-6 text-sm">
          <Link className="font-medium text-brand-700 underline" href="/forgot-password">
            Send me a new link
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-xl font-semibold">Choose a new password</h1>
      <p className="mt-1 text-sm text-slate-600">
        For {reset.email}. Your other sessions will be signed out.
      </p>
      <ResetPasswordForm token={token} />
    </>
  );
}
