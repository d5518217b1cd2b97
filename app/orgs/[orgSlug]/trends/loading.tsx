import { useTranslations } from "next-intl";
import { CardSkeleton, HeadingSkeleton, PageSkeleton, SkeletonBlock } from "@/components/ui/skeleton";

export default function TrendsLoading() {
  const t = useTranslations("dashboards");
  return (
    <PageSkeleton label={t("trends.loading")}>
      <HeadingSkeleton />
      <SkeletonBlock className="h-16 w-full" />
      <CardSkeleton height="h-80" />
      <div className="grid gap-6 lg:grid-cols-3">
        <CardSkeleton lines={5} className="lg:col-span-2" />
        <CardSkeleton lines={5} />
      </div>
    </PageSkeleton>
  );
}
