import { submitAssessmentEndpoint } from "@/lib/api/v1/assessments";

export const POST = submitAssessmentEndpoint.handle;
