import { getTranslations } from "next-intl/server";
import { NotFoundBackLink } from "./not-found-back-link";

type TBack = "org" | "team";

/**
 * What a segment's not-found.tsx shows. It never says whether the thing exists elsewhere (a foreign id
 * and a missing one look the same) and links back to the nearest page the caller can see. A server
 * component: its words come from the server, so it renders even where no client message provider is
 * (a not-found answer to a form posted without JavaScript); only the back link reads the URL.
 */
export async function NotFoundPanel({ title, back = "org" }: Readonly<{ title: string; back?: TBack }>) {
  const t = await getTranslations("ui");
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-700">{t("notFoundText")}</p>
      <NotFoundBackLink
        back={back}
        labels={{ team: t("backToTeam"), overview: t("backToOverview"), orgs: t("backToOrgs") }}
      />
    </div>
  );
}
