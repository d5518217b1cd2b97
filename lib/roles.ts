/**
 * Organization roles and what they may do. Pure, so the policy is unit-tested on its own.
 * VIEWER (executive, read-only) < MEMBER < LEAD < FACILITATOR < ADMIN.
 */
export const ORG_ROLES = ["ADMIN", "FACILITATOR", "LEAD", "MEMBER", "VIEWER"] as const;
export type TOrgRole = (typeof ORG_ROLES)[number];

const RANK: Record<TOrgRole, number> = { VIEWER: 1, MEMBER: 2, LEAD: 3, FACILITATOR: 4, ADMIN: 5 };

export const ROLE_LABELS: Record<TOrgRole, string> = {
  ADMIN: "Admin",
  FACILITATOR: "Facilitator",
  LEAD: "Team lead",
  MEMBER: "Member",
  VIEWER: "Viewer (executive, read-only)",
};

/** Unknown roles fail closed. */
export function hasRole(role: string, minRole: TOrgRole): boolean {
  const granted = RANK[role as TOrgRole];
  return granted !== undefined && granted >= RANK[minRole];
}

/**
 * Who may start, answer and submit a team's assessments: admins and facilitators for any team of the
 * organization, a team lead only for the teams they belong to. Members and viewers read.
 */
export function canEditTeamAssessments(role: string, isTeamMember: boolean): boolean {
  if (hasRole(role, "FACILITATOR")) return true;
  return role === "LEAD" && isTeamMember;
}
