/** Where a team journey's plan lives. */
export function planPath(orgSlug: string, teamId: string, journeyId: string, sub = ""): string {
  return `/orgs/${orgSlug}/teams/${teamId}/journeys/${journeyId}/plan${sub ? `/${sub}` : ""}`;
}
