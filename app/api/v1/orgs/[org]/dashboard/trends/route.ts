import { trendsEndpoint } from "@/lib/api/v1/dashboard";

export const GET = trendsEndpoint.handle;
