import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4">
      <NotFoundPanel title="Not found" />
    </main>
  );
}
