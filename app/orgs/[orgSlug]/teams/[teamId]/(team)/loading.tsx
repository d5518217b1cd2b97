import { getTranslations } from "next-intl/server";
import { CardSkeleton, HeadingSkeleton, PageSkeleton } from "@/components/ui/skeleton";

export default async function TeamLoading() {
  const t = await getTranslations("teams");
  return (
    <PageSkeleton label={t("page.loading")}>
      <HeadingSkeleton />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <CardSkeleton lines={6} />
        </div>
        <div className="space-y-6">
          <CardSkeleton lines={2} />
          <CardSkeleton lines={3} />
        </div>
      </div>
    </PageSkeleton>
  );
}
