import { getTranslations } from "next-intl/server";

/** One page for every refused token (unknown, expired, revoked, too many attempts): nothing to tell apart. */
export default async function SharedReportNotFound() {
  const t = await getTranslations("share");
  return (
    <div className="flex min-h-screen items-center justify-center px-4">
      <main id="main" className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">{t("deadTitle")}</h1>
        <p className="mt-2 text-slate-700">{t("deadBody")}</p>
      </main>
    </div>
  );
}
