import { getTranslations } from "next-intl/server";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default async function NotFound() {
  const t = await getTranslations("outcomes.boundary");
  return <NotFoundPanel title={t("notFound")} />;
}
