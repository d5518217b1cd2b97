import { CardSkeleton, HeadingSkeleton, PageSkeleton } from "@/components/ui/skeleton";

export default function ResultsLoading() {
  return (
    <PageSkeleton label="Loading the results…">
      <HeadingSkeleton breadcrumb />
      <div className="grid gap-6 lg:grid-cols-5">
        <CardSkeleton height="h-80" className="lg:col-span-2" />
        <CardSkeleton lines={8} className="lg:col-span-3" />
      </div>
      <CardSkeleton lines={5} />
    </PageSkeleton>
  );
}
