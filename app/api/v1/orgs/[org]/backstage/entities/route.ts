import { getEntityMaturityEndpoint } from "@/lib/api/v1/backstage";

export const GET = getEntityMaturityEndpoint.handle;
