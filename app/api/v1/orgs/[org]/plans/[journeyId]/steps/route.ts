import { createStepEndpoint, listStepsEndpoint } from "@/lib/api/v1/plans";

export const GET = listStepsEndpoint.handle;
export const POST = createStepEndpoint.handle;
