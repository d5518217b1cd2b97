import { getAssessmentEndpoint } from "@/lib/api/v1/assessments";

export const GET = getAssessmentEndpoint.handle;
