/**
 * What a token may reach beyond the role checks of lib/data: its team restriction. A team-restricted
 * token treats every other team as unknown (404), and cannot read organization-wide aggregates (403).
 */
import type { TApiCaller } from "@/lib/data/api-tokens";
import { AppError } from "@/lib/errors";

export function assertTeamVisible(caller: TApiCaller, teamId: string | null, what = "Resource"): void {
  const only = caller.token.teamId;
  if (only && teamId !== only) throw new AppError("NOT_FOUND", `${what} not found.`);
}

export function assertOrgWide(caller: TApiCaller): void {
  if (caller.token.teamId)
    throw new AppError(
      "FORBIDDEN",
      "This token is limited to one team; organization-wide data needs an unrestricted token.",
    );
}

/** The team a restricted token is limited to, else the one asked for (null = any). */
export function teamFilter(caller: TApiCaller, requested: string | null | undefined): string | null {
  const only = caller.token.teamId;
  if (only && requested && requested !== only) throw new AppError("NOT_FOUND", "Team not found.");
  return only ?? requested ?? null;
}
