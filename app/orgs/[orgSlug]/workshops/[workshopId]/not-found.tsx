import { useTranslations } from "next-intl";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function NotFound() {
  const t = useTranslations("workshops");
  return <NotFoundPanel title={t("notFound")} />;
}
