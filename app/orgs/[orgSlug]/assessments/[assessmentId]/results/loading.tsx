import { getTranslations } from "next-intl/server";
import { CardSkeleton, HeadingSkeleton, PageSkeleton } from "@/components/ui/skeleton";

export default async function ResultsLoading() {
  const t = await getTranslations("results");
  return (
    <PageSkeleton label={t("loading")}>
      <HeadingSkeleton breadcrumb />
      <div className="grid gap-6 lg:grid-cols-5">
        <CardSkeleton height="h-80" className="lg:col-span-2" />
        <CardSkeleton lines={8} className="lg:col-span-3" />
      </div>
      <CardSkeleton lines={5} />
    </PageSkeleton>
  );
}
