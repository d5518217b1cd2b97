import { putJourneyTargetsEndpoint } from "@/lib/api/v1/journeys";

export const PUT = putJourneyTargetsEndpoint.handle;
