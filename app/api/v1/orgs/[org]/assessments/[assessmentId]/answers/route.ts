import { putAnswersEndpoint } from "@/lib/api/v1/assessments";

export const PUT = putAnswersEndpoint.handle;
