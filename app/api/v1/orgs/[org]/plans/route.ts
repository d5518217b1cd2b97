import { listPlansEndpoint } from "@/lib/api/v1/plans";

export const GET = listPlansEndpoint.handle;
