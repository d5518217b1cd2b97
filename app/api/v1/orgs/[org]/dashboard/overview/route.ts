import { overviewEndpoint } from "@/lib/api/v1/dashboard";

export const GET = overviewEndpoint.handle;
