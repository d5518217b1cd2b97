/**
 * Authorization: who the caller is, in which organization, and what their role lets them do.
 * The one place pages, server actions and route handlers import it from:
 *
 *   const ctx = await pageGuard(requireOrg(orgSlug), path);   // pages: foreign or missing → 404
 *   const ctx = await requireOrg(orgSlug, "LEAD");             // actions and route handlers
 *   assertRole(ctx, "ADMIN", "Only admins can manage teams."); // the one role gate (FORBIDDEN)
 *
 * - ./roles.ts: the role order, labels and rules (hasRole, assertRole, canEdit…). Pure; safe anywhere.
 * - ./context.ts: OrgContext, resolveOrgContext (membership from the database), requireTeam,
 *   requireTeamEditor. No session: lib/data imports it directly, and so do seeds, scripts and benches,
 *   which run under tsx --conditions=react-server where next-auth (./session.ts) cannot load.
 * - ./session.ts: requireUserId, requireOrg, requireOrgForCheckedWrite (session → OrgContext).
 * - ./page-guard.ts: pageGuard (AppError → 404 or sign-in redirect for pages).
 */
import "server-only";

export * from "./roles";
export * from "./context";
export * from "./session";
export * from "./page-guard";
