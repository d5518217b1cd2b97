import { getJourneyEndpoint } from "@/lib/api/v1/journeys";

export const GET = getJourneyEndpoint.handle;
