/**
 * Every page URL of the app, built in one place. Each helper takes the organization's slug first and
 * optional trailing segments: `teamPath("acme", teamId, "import-result")` is `/orgs/acme/teams/<id>/import-result`.
 * Values are inserted as they are (slugs and ids are URL-safe); query strings are added by the caller.
 */
type TSegment = string | number;

const join = (...segments: TSegment[]) => segments.join("/");

/** `/orgs/<org>` and the organization's own sections (`members`, `audit`, `workshops` …). */
export const orgPath = (orgSlug: string, ...rest: TSegment[]) => join("/orgs", orgSlug, ...rest);

export const teamPath = (orgSlug: string, teamId: string, ...rest: TSegment[]) =>
  orgPath(orgSlug, "teams", teamId, ...rest);

export const assessmentPath = (orgSlug: string, assessmentId: string, ...rest: TSegment[]) =>
  orgPath(orgSlug, "assessments", assessmentId, ...rest);

export const workshopPath = (orgSlug: string, workshopId: string, ...rest: TSegment[]) =>
  orgPath(orgSlug, "workshops", workshopId, ...rest);

/** The model browser: a model version, or one aspect × level cell with `aspectId, level`. */
export const modelPath = (orgSlug: string, modelKey: string, version: TSegment, ...rest: TSegment[]) =>
  orgPath(orgSlug, "models", modelKey, version, ...rest);

/** The model browser's page for one cell (aspect × level). */
export const modelCellPath = (
  orgSlug: string,
  model: Readonly<{ key: string; version: number }>,
  aspectId: string,
  level: number,
) => modelPath(orgSlug, model.key, model.version, aspectId, level);

/** Where a team's journeys live (teamId null: the organization-wide journeys). */
export const journeysPath = (orgSlug: string, teamId: string | null, ...rest: TSegment[]) =>
  teamId ? teamPath(orgSlug, teamId, "journeys", ...rest) : orgPath(orgSlug, "journeys", ...rest);

/** Where a team journey's plan lives (`sub`: "board", "iterations", "export" …). */
export const planPath = (orgSlug: string, teamId: string, journeyId: string, sub = "") =>
  journeysPath(orgSlug, teamId, journeyId, "plan", ...(sub ? [sub] : []));

/** A share link's public page (app/share/[token]): outside /orgs, no session needed. */
export const sharePath = (token: string) => join("/share", encodeURIComponent(token));
/** Assessment campaigns: the list, `new`, or one campaign (`campaignsPath(org, id)`). */
export const campaignsPath = (orgSlug: string, ...rest: TSegment[]) => orgPath(orgSlug, "campaigns", ...rest);

/**
 * Live workshops as participants see them (app/live, outside /orgs: guests have no organization):
 * `livePath()` is the page where one enters a workshop code, `livePath(id)` a workshop's page and
 * `livePath(id, "summary")` its summary.
 */
export const livePath = (workshopId?: string, ...rest: TSegment[]) =>
  workshopId ? join("/live", workshopId, ...rest) : "/live";

/** The link a facilitator shares: the code entry page with the code filled in. */
export const liveCodePath = (joinCode: string) => `${livePath()}?code=${encodeURIComponent(joinCode)}`;

/**
 * Where an address from before the live pages moved now lives: `/join` → `/live`, `/w/<id>…` →
 * `/live/<id>…` (the proxy answers them with a permanent redirect); null for any other path.
 */
export function movedLivePath(pathname: string): string | null {
  if (pathname === "/join") return livePath();
  if (pathname === "/w") return livePath();
  if (pathname.startsWith("/w/")) return `${livePath()}${pathname.slice(2)}`;
  return null;
}
