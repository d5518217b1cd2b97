import { importAssessmentEndpoint } from "@/lib/api/v1/assessment-code";

export const POST = importAssessmentEndpoint.handle;
