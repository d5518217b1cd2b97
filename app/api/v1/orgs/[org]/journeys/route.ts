import { createJourneyEndpoint, listJourneysEndpoint } from "@/lib/api/v1/journeys";

export const GET = listJourneysEndpoint.handle;
export const POST = createJourneyEndpoint.handle;
