import { getResultsEndpoint } from "@/lib/api/v1/assessments";

export const GET = getResultsEndpoint.handle;
