/** Where a team's journeys live (teamId null: the organization-wide journeys). */
export function journeysPath(orgSlug: string, teamId: string | null): string {
  return teamId ? `/orgs/${orgSlug}/teams/${teamId}/journeys` : `/orgs/${orgSlug}/journeys`;
}

/** The model browser's page for one cell (aspect × level). */
export function modelCellPath(
  orgSlug: string,
  model: Readonly<{ key: string; version: number }>,
  aspectId: string,
  level: number,
): string {
  return `/orgs/${orgSlug}/models/${model.key}/${model.version}/${aspectId}/${level}`;
}
