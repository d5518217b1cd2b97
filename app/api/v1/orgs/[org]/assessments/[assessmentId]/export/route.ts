import { exportAssessmentEndpoint } from "@/lib/api/v1/assessment-code";

export const GET = exportAssessmentEndpoint.handle;
