import { getPlanEndpoint } from "@/lib/api/v1/plans";

export const GET = getPlanEndpoint.handle;
