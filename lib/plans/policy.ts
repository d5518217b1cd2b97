/**
 * Who may change a team's plan. Pure, so the rule is unit-tested on its own. Wider than assessments
 * (lib/roles.ts canEditTeamAssessments): plans are the whole team's work, so members of the team edit
 * them too; facilitators and admins edit any team's plan; viewers (and non-members) only read.
 */
import { hasRole } from "@/lib/roles";

export function canEditTeamPlan(role: string, isTeamMember: boolean): boolean {
  if (hasRole(role, "FACILITATOR")) return true;
  return isTeamMember && (role === "LEAD" || role === "MEMBER");
}

/** Who may own a step: people of the team who can work on it (LEAD/MEMBER members), facilitators and admins. */
export function canOwnTeamStep(role: string, isTeamMember: boolean): boolean {
  return canEditTeamPlan(role, isTeamMember);
}
