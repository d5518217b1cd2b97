import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** "Continue with SSO": a plain form posting to /api/sso/start, so it works before hydration too. */
export async function SsoSignInForm({
  callbackUrl,
  identifier,
  error,
  notice,
}: Readonly<{ callbackUrl: string; identifier: string; error: string | null; notice: string | null }>) {
  const t = await getTranslations("auth");
  return (
    <section aria-labelledby="sso-title" className="mt-8 border-t border-slate-200 pt-6">
      <h2 id="sso-title" className="text-base font-semibold">
        {t("ssoTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("ssoIntro")}</p>
      <form method="post" action="/api/sso/start" className="mt-4 space-y-3">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <TextField
          label={t("ssoIdentifier")}
          name="identifier"
          autoComplete="username"
          required
          maxLength={254}
          defaultValue={identifier}
        />
        {notice ? (
          <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {notice}
          </p>
        ) : null}
        {error ? (
          <p
            role="alert"
            data-testid="sso-error"
            className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {error}
          </p>
        ) : null}
        <Button type="submit" variant="secondary" className="w-full">
          {t("ssoButton")}
        </Button>
      </form>
    </section>
  );
}
