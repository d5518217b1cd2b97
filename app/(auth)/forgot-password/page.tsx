import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-xl font-semibold">Forgot your password?</h1>
      <p className="mt-1 text-sm text-slate-600">
        Enter the email address of your account and we will mail you a link to choose a new password.
      </p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm text-slate-600">
        <Link className="font-medium text-brand-700 underline" href="/sign-in">
          Back to sign in
        </Link>
      </p>
    </>
  );
}
