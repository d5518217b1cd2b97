import { createAssessmentEndpoint, listAssessmentsEndpoint } from "@/lib/api/v1/assessments";

export const GET = listAssessmentsEndpoint.handle;
export const POST = createAssessmentEndpoint.handle;
