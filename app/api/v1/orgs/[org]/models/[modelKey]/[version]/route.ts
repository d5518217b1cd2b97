import { getModelEndpoint } from "@/lib/api/v1/teams";

export const GET = getModelEndpoint.handle;
