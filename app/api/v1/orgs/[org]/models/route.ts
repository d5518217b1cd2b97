import { listModelsEndpoint } from "@/lib/api/v1/teams";

export const GET = listModelsEndpoint.handle;
