import { getStepEndpoint, updateStepEndpoint } from "@/lib/api/v1/plans";

export const GET = getStepEndpoint.handle;
export const PATCH = updateStepEndpoint.handle;
