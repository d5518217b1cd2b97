import { listTeamsEndpoint } from "@/lib/api/v1/teams";

export const GET = listTeamsEndpoint.handle;
