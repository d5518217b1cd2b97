import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function NotFound() {
  return <NotFoundPanel title="Assessment not found" />;
}
