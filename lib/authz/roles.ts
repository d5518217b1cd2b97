/**
 * Organization roles and what each may do. Pure (no database, no session), so the policy is
 * unit-tested on its own and may be imported anywhere, client code included.
 * VIEWER (executive, read-only) < MEMBER < LEAD < FACILITATOR < ADMIN.
 */
import { AppError } from "@/lib/errors";

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

/** Whether `role` is at least `minRole`. Unknown roles fail closed. */
export function hasRole(role: string, minRole: TOrgRole): boolean {
  const granted = RANK[role as TOrgRole];
  return granted !== undefined && granted >= RANK[minRole];
}

export const ROLE_FORBIDDEN_MESSAGE = "Your role does not allow this.";

/**
 * The one role gate: throws AppError FORBIDDEN (a 403 from route handlers, a message in forms, a 404
 * on pages through pageGuard) unless the caller's role is at least `minRole`. `message` says what the
 * role may not do, in the caller's words (`fieldErrors` point a form at the field); never the error.
 */
export function assertRole(
  who: { readonly role: string },
  minRole: TOrgRole,
  message: string = ROLE_FORBIDDEN_MESSAGE,
  fieldErrors?: Record<string, string[]>,
): void {
  if (!hasRole(who.role, minRole)) throw new AppError("FORBIDDEN", message, fieldErrors);
}

/**
 * Who may start, answer and submit a team's assessments: admins and facilitators for any team of the
 * organization, a team lead only for the teams they belong to. Members and viewers read.
 */
export function canEditTeamAssessments(role: string, isTeamMember: boolean): boolean {
  if (hasRole(role, "FACILITATOR")) return true;
  return role === "LEAD" && isTeamMember;
}

/**
 * Who may edit a journey: a team journey like the team's assessments (canEditTeamAssessments); an
 * organization-wide journey (`isTeamMember` null) facilitators and admins only.
 */
export function canEditJourney(role: string, isTeamMember: boolean | null): boolean {
  return isTeamMember === null ? hasRole(role, "FACILITATOR") : canEditTeamAssessments(role, isTeamMember);
}

/**
 * Who may change a team's plan (and own its steps). Wider than assessments: plans are the whole team's
 * work, so members of the team edit them too; facilitators and admins edit any team's plan; viewers
 * (and non-members) only read.
 */
export function canEditTeamPlan(role: string, isTeamMember: boolean): boolean {
  if (hasRole(role, "FACILITATOR")) return true;
  return isTeamMember && (role === "LEAD" || role === "MEMBER");
}
