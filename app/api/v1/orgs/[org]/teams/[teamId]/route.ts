import { getTeamEndpoint } from "@/lib/api/v1/teams";

export const GET = getTeamEndpoint.handle;
