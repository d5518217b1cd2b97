/**
 * THE documented outcome of every page, route handler and server action, per caller. One entry per
 * route, keyed as the matrix finds it in the build:
 *   pages            "/orgs/[orgSlug]/teams"
 *   route handlers   "PUT /api/orgs/[orgSlug]/assessments/[assessmentId]/answers"
 *   server actions   "app/orgs/[orgSlug]/teams/actions.ts#createTeamAction"
 * A route in the build without an entry here fails tests/security/matrix.spec.ts, which prints the key.
 *
 * Callers, outcomes and defaults: see expectation-types.ts (and docs/security-testing.md). In short:
 * `in` = all five roles of the home org, `out` = signed out and workshop guest; unnamed cases take the
 * defaults of their kind (org pages: signed out → "signin", other org and foreign ids → 404; route
 * handlers: 401 / 404; actions: "signin" / "denied"). Path parameters default to team Alpha, the draft
 * assessment, the team journey, its step, the workshop; `ids` picks another seeded object
 * ($submitted, $collab, $orgJourney, ...: see tenant-ids.ts). Actions need `form` (a valid call), and
 * handlers that take a body need `body`: the fuzzer starts from them too.
 */
import type { TExpectation } from "./expectation-types";

const JOURNEY_FORM =
  "title=Matrix journey $rand&goal=Matrix goal&constraints=&startsOn=&endsOn=&target.investment=3";
const PLAN = "orgSlug=$orgSlug&teamId=$teamId&journeyId=$teamJourney";
const STEP =
  "title=Matrix step $rand&aspectId=investment&level=3&characteristic=&ownerId=&dueOn=&status=TODO&notes=";
/**
 * /api/v1 without a token: 401, or 429 once the per-address limit on failed tokens is reached. Token
 * callers (expectation-types.ts TOKEN_CASES) take their defaults; `teamToken` (the admin's token
 * restricted to team Beta, ids of team Alpha) is named in every entry: lists 200 (only Beta's rows),
 * Alpha's objects 404, the org-wide dashboard 403, models 200 (global content).
 */
const V1 = { out: "401|429" } as const;
const ANSWER = { questionId: "investment-1", level: 2, notSure: false, notes: "" };

export const EXPECTATIONS: Record<string, TExpectation> = {
  // ── Public pages ────────────────────────────────────────────────────────────────────────────────
  "/": { in: "redirect", otherOrg: "redirect", out: 200 },
  "/sign-in": { in: 200, out: 200, otherOrg: 200 },
  "/sign-up": { in: 200, out: 200, otherOrg: 200 },
  "/join": { in: 200, out: 200, otherOrg: 200 },
  "/invite/[token]": {
    in: 200,
    out: 200,
    otherOrg: 200,
    foreign: 200,
    note: "anyone with the link; shows the org name",
  },
  "/orgs": { in: "redirect", otherOrg: "redirect", out: "signin", note: "one org → straight into it" },
  "/share/[token]": {
    in: 200,
    out: 200,
    otherOrg: 200,
    foreign: 200,
    ids: { token: "$shareToken" },
    note: "anyone with a share link sees that one report; unknown, expired and revoked tokens 404",
  },
  "/developers/api": { in: 200, out: 200, otherOrg: 200, note: "the public API reference" },
  "/forgot-password": { in: 200, out: 200, otherOrg: 200 },
  "/reset-password/[token]": {
    in: 200,
    out: 200,
    otherOrg: 200,
    foreign: 200,
    note: "any token: an unknown one shows that the link is invalid",
  },
  "/verify-email/[token]": { in: 200, out: 200, otherOrg: 200, foreign: 200, note: "as above" },
  "/account": { in: 200, otherOrg: 200, out: "signin" },

  // ── Organization pages ──────────────────────────────────────────────────────────────────────────
  "/orgs/[orgSlug]": { in: 200 },
  "/orgs/[orgSlug]/trends": { in: 200 },
  "/orgs/[orgSlug]/teams": { in: 200 },
  "/orgs/[orgSlug]/teams/[teamId]": { in: 200 },
  "/orgs/[orgSlug]/teams/[teamId]/import-result": { in: 200 },
  "/orgs/[orgSlug]/members": { in: 200 },
  "/orgs/[orgSlug]/settings/sso": { admin: 200, in: 404 },
  "/orgs/[orgSlug]/webhooks": { admin: 200, in: 404 },
  "/orgs/[orgSlug]/settings/jira": { admin: 200, in: 404 },
  "/orgs/[orgSlug]/api-tokens": { in: 200, note: "everyone manages their own tokens; admins the org's" },
  "/orgs/[orgSlug]/audit": { admin: 200, in: 404 },
  "/orgs/[orgSlug]/share-links": {
    admin: 200,
    facilitator: 200,
    lead: 200,
    in: 404,
    note: "leads and up; a facilitator's list is empty (only admins and the team's leads share)",
  },
  "/orgs/[orgSlug]/data": { admin: 200, in: 404 },
  "/orgs/[orgSlug]/models": { in: "redirect", note: "one model → straight to it" },
  "/orgs/[orgSlug]/models/import": { admin: 200, in: 404 },
  "/orgs/[orgSlug]/models/[modelKey]/[version]": {
    in: 200,
    foreign: 200,
    note: "global model: no foreign id",
  },
  "/orgs/[orgSlug]/models/[modelKey]/[version]/[aspectId]/[level]": { in: 200, foreign: 200 },
  "/orgs/[orgSlug]/assessments/[assessmentId]": { in: 200 },
  "/orgs/[orgSlug]/assessments/[assessmentId]/results": { in: 200, ids: { assessmentId: "$submitted" } },
  "/orgs/[orgSlug]/assessments/[assessmentId]/respond": {
    in: 200,
    ids: { assessmentId: "$collab" },
    note: "non-respondents see that they cannot answer",
  },
  "/orgs/[orgSlug]/assessments/[assessmentId]/respondents": {
    in: 404,
    admin: 200,
    facilitator: 200,
    lead: 200,
    ids: { assessmentId: "$collab" },
  },
  "/orgs/[orgSlug]/assessments/[assessmentId]/consensus": {
    in: 200,
    viewer: 404,
    ids: { assessmentId: "$collab" },
  },
  "/orgs/[orgSlug]/journeys": { in: 200 },
  "/orgs/[orgSlug]/journeys/new": {
    admin: 200,
    facilitator: 200,
    in: 404,
    note: "org journeys: facilitators up",
  },
  "/orgs/[orgSlug]/journeys/[journeyId]": { in: 200 },
  "/orgs/[orgSlug]/journeys/[journeyId]/edit": { admin: 200, facilitator: 200, in: 404 },
  "/orgs/[orgSlug]/journeys/[journeyId]/outcomes/[outcomeId]": {
    in: 200,
    ids: { journeyId: "$orgJourney", outcomeId: "$orgOutcome" },
  },
  "/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/outcomes/[outcomeId]": {
    in: 200,
    ids: { outcomeId: "$teamOutcome" },
  },
  "/orgs/[orgSlug]/teams/[teamId]/journeys": { in: 200 },
  "/orgs/[orgSlug]/teams/[teamId]/journeys/new": { in: 200, member: 404, viewer: 404 },
  "/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]": { in: 200 },
  "/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/edit": { in: 200, member: 404, viewer: 404 },
  "/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan": { in: 200 },
  "/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan/list": { in: 200 },
  "/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan/iterations": { in: 200 },
  "/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan/suggestions": { in: 200, viewer: 404 },
  "/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan/steps/new": { in: 200, viewer: 404 },
  "/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan/steps/[stepId]": { in: 200, viewer: 404 },
  "/orgs/[orgSlug]/workshops": { in: 200 },
  "/orgs/[orgSlug]/workshops/[workshopId]": { admin: 200, facilitator: 200, in: 404, note: "the console" },

  // ── Workshop pages (org members and the workshop's guests; everyone else to /join) ───────────────
  "/w/[workshopId]": { in: 200, guest: 200, signedOut: "join", otherOrg: "join", foreign: "join" },
  "/w/[workshopId]/summary": { in: 200, guest: 200, signedOut: "join", otherOrg: "join", foreign: "join" },

  // ── Route handlers ──────────────────────────────────────────────────────────────────────────────
  "GET /api/health/live": { in: 200, out: 200, otherOrg: 200 },
  "GET /api/health/ready": { in: 200, out: 200, otherOrg: 200 },
  "GET /api/metrics": { in: 404, out: 404, otherOrg: 404, note: "production without METRICS_TOKEN" },
  "GET /api/auth/[...nextauth]": { in: 200, out: 200, otherOrg: 200, foreign: "-" },
  "POST /api/auth/[...nextauth]": {
    in: 400,
    out: 400,
    otherOrg: 400,
    foreign: "-",
    note: "POST /api/auth/session without next-auth's CSRF token",
  },
  "GET /api/orgs/[orgSlug]/assessments/[assessmentId]/answers": { in: 200 },
  "PUT /api/orgs/[orgSlug]/assessments/[assessmentId]/answers": {
    in: 200,
    member: 403,
    viewer: 403,
    body: ANSWER,
    note: "leads of the team, facilitators, admins",
  },
  "GET /api/orgs/[orgSlug]/assessments/[assessmentId]/responses": {
    in: 200,
    viewer: 403,
    ids: { assessmentId: "$collab" },
  },
  "PUT /api/orgs/[orgSlug]/assessments/[assessmentId]/responses": {
    in: 403,
    lead: 200,
    member: 200,
    ids: { assessmentId: "$collab" },
    body: ANSWER,
    note: "only members of the team answer (not viewers)",
  },
  "GET /orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan/export": { in: 200, query: "format=csv" },
  "GET /orgs/[orgSlug]/audit/export": { admin: 200, in: 404, note: "admins only; others learn nothing" },
  "GET /orgs/[orgSlug]/data/export": { admin: 200, in: 404, note: "admins only; others learn nothing" },
  "GET /developers/api/assets/[file]": {
    in: 200,
    out: 200,
    otherOrg: 200,
    foreign: "-",
    ids: { file: "swagger-ui.css" },
    note: "the reference page's renderer, public",
  },
  "POST /api/workshops/join": {
    in: 200,
    out: 200,
    otherOrg: 200,
    viewer: 403,
    body: { code: "$joinCode", displayName: "Matrix" },
    note: "members join as themselves, anyone else as a guest; viewers are read-only (#7)",
  },
  // Workshop handlers: no access (signed out, another org, foreign id) is "not found", never 401.
  "GET /api/workshops/[workshopId]/state": { in: 200, guest: 200, signedOut: 404 },
  "GET /api/workshops/[workshopId]/events": { in: 200, guest: 200, signedOut: 404 },
  "GET /api/workshops/[workshopId]/vote": { in: 200, guest: 200, signedOut: 404 },
  "PUT /api/workshops/[workshopId]/vote": {
    in: 200,
    viewer: 403,
    guest: 200,
    signedOut: 404,
    body: { questionId: "investment-1", level: 2 },
  },
  "POST /api/workshops/[workshopId]/participants": {
    in: 200,
    viewer: 403,
    guest: 403,
    signedOut: 404,
    note: "guests join with the code",
  },
  "POST /api/workshops/[workshopId]/commands": {
    admin: 200,
    facilitator: 409,
    in: 403,
    guest: 403,
    signedOut: 404,
    body: { type: "start" },
    note: "facilitators and admins; the facilitator's start comes after the admin's (already running)",
  },

  // ── Single sign-on (OIDC): every failure goes back to the sign-in page with an error code ─────────
  "POST /api/sso/start": {
    in: "signin",
    out: "signin",
    otherOrg: "signin",
    foreign: "-",
    note: "a JSON body is not the form it expects: back to sign-in (BAD_INPUT)",
  },
  "GET /api/sso/callback": {
    in: "signin",
    out: "signin",
    otherOrg: "signin",
    foreign: "-",
    note: "no flow cookie: back to sign-in (FLOW_EXPIRED)",
  },

  // ── REST API v1 (personal API tokens of each caller, tests/security/seed.ts) ─────────────────────
  "GET /api/v1/openapi.json": { in: 200, out: 200, otherOrg: 200, foreign: "-" },
  // Signed out: 401, or 429 once the failed-token limit per address is reached.
  "GET /api/v1/orgs/[org]/teams": { teamToken: 200, in: 200, ...V1 },
  "GET /api/v1/orgs/[org]/teams/[teamId]": { teamToken: 404, in: 200, ...V1 },
  "GET /api/v1/orgs/[org]/models": { teamToken: 200, in: 200, ...V1 },
  "GET /api/v1/orgs/[org]/backstage/entities": {
    teamToken: 200,
    in: 200,
    ...V1,
    query: "teams=alpha,beta",
  },
  "GET /api/v1/orgs/[org]/models/[modelKey]/[version]": { teamToken: 200, in: 200, ...V1 },
  "GET /api/v1/orgs/[org]/assessments": { teamToken: 200, in: 200, ...V1 },
  "POST /api/v1/orgs/[org]/assessments": {
    teamToken: 404,
    in: 201,
    member: 403,
    viewer: 403,
    ...V1,
    body: { teamId: "$teamId", model: { key: "$modelKey" }, title: "v1 $rand" },
  },
  "POST /api/v1/orgs/[org]/assessments/import": {
    teamToken: 400,
    in: 400,
    ...V1,
    body: {},
    note: "empty document",
  },
  "GET /api/v1/orgs/[org]/assessments/[assessmentId]": { teamToken: 404, in: 200, ...V1 },
  "PUT /api/v1/orgs/[org]/assessments/[assessmentId]/answers": {
    teamToken: 404,
    in: 200,
    member: 403,
    viewer: 403,
    ...V1,
    body: { answers: [ANSWER] },
  },
  "GET /api/v1/orgs/[org]/assessments/[assessmentId]/export": { teamToken: 404, in: 200, ...V1 },
  "GET /api/v1/orgs/[org]/assessments/[assessmentId]/results": {
    teamToken: 404,
    in: 200,
    ...V1,
    ids: { assessmentId: "$submitted" },
  },
  "POST /api/v1/orgs/[org]/assessments/[assessmentId]/submit": {
    teamToken: 404,
    orgWrite: 409,
    admin: 200,
    in: 409,
    member: 403,
    viewer: 403,
    ...V1,
    body: {},
    note: "the admin submits first; then it is no longer a draft",
  },
  "GET /api/v1/orgs/[org]/dashboard/overview": { teamToken: 403, in: 200, ...V1 },
  "GET /api/v1/orgs/[org]/dashboard/trends": { teamToken: 403, in: 200, ...V1 },
  "GET /api/v1/orgs/[org]/journeys": { teamToken: 200, in: 200, ...V1 },
  "POST /api/v1/orgs/[org]/journeys": { teamToken: 422, in: 422, ...V1, body: {}, note: "empty body" },
  "GET /api/v1/orgs/[org]/journeys/[journeyId]": {
    teamToken: 404,
    in: 200,
    ...V1,
    ids: { journeyId: "$teamJourney" },
  },
  "PUT /api/v1/orgs/[org]/journeys/[journeyId]/targets": {
    teamToken: 404,
    in: 400,
    ...V1,
    ids: { journeyId: "$teamJourney" },
    body: { targets: { investment: 3 } },
    note: "no If-Match / version",
  },
  "GET /api/v1/orgs/[org]/plans": { teamToken: 200, in: 200, ...V1 },
  "GET /api/v1/orgs/[org]/plans/[journeyId]": {
    teamToken: 404,
    in: 200,
    ...V1,
    ids: { journeyId: "$teamJourney" },
  },
  "GET /api/v1/orgs/[org]/plans/[journeyId]/steps": {
    teamToken: 404,
    in: 200,
    ...V1,
    ids: { journeyId: "$teamJourney" },
  },
  "POST /api/v1/orgs/[org]/plans/[journeyId]/steps": {
    teamToken: 404,
    in: 201,
    viewer: 403,
    ...V1,
    ids: { journeyId: "$teamJourney" },
    body: { title: "v1 step $rand", aspectId: "investment", level: 3 },
  },
  "GET /api/v1/orgs/[org]/steps/[stepId]": { teamToken: 404, in: 200, ...V1 },
  "PATCH /api/v1/orgs/[org]/steps/[stepId]": {
    teamToken: 404,
    in: 400,
    ...V1,
    body: { title: "v1 step $rand" },
    note: "no If-Match",
  },

  // ── Server actions ──────────────────────────────────────────────────────────────────────────────
  "i18n/actions.ts#setLocaleAction": {
    in: "allowed",
    out: "allowed",
    otherOrg: "allowed",
    foreign: "-",
    formOnly: true,
    form: "locale=en",
    note: "the language switch, on every page",
  },
  "app/(auth)/sign-up/actions.ts#signUpAction": {
    in: "allowed",
    out: "allowed",
    otherOrg: "allowed",
    foreign: "-",
    form: "name=Matrix&email=matrix-$rand@sec.stepwise.test&password=a long enough password&orgName=Matrix $rand&inviteToken=",
  },
  "app/invite/[token]/actions.ts#acceptInviteAction": {
    in: "denied",
    otherOrg: "denied",
    foreign: "-",
    form: "token=not-a-valid-invite-token-000",
    note: "a valid token would make the caller a member; the matrix checks sign-in is required",
  },
  "app/(auth)/forgot-password/actions.ts#forgotPasswordAction": {
    in: "allowed",
    out: "allowed",
    otherOrg: "allowed",
    foreign: "-",
    form: "email=nobody-$rand@sec.stepwise.test",
    note: "the same answer for every address",
  },
  "app/(auth)/reset-password/[token]/actions.ts#resetPasswordAction": {
    in: "NOT_FOUND|INVALID_STATE|INVALID_INPUT",
    out: "NOT_FOUND|INVALID_STATE|INVALID_INPUT",
    otherOrg: "NOT_FOUND|INVALID_STATE|INVALID_INPUT",
    foreign: "-",
    form: "token=not-a-valid-reset-token-0000000&password=a long enough password&confirm=a long enough password",
    note: "only a mailed token changes a password",
  },
  "app/account/actions.ts#deleteAccountAction": {
    in: "allowed",
    otherOrg: "allowed",
    foreign: "-",
    form: "confirmEmail=not-my-address@sec.stepwise.test&password=not my password",
    note: "deletes only with the caller's own address and password typed: the matrix and fuzzer never type them",
  },
  "app/account/actions.ts#resendVerificationAction": {
    in: "allowed",
    otherOrg: "allowed",
    foreign: "-",
    form: "",
  },
  "app/orgs/actions.ts#createOrgAction": {
    in: "allowed",
    otherOrg: "allowed",
    foreign: "-",
    form: "name=Matrix org $rand",
  },
  "app/orgs/[orgSlug]/teams/actions.ts#createTeamAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&name=Team $rand&description=&group=",
  },
  "app/orgs/[orgSlug]/teams/actions.ts#setTeamGroupAction": {
    admin: "allowed",
    in: "denied",
    // A new group each call, so the valid call always changes the team (the fuzzer learns "teams" from it).
    form: "orgSlug=$orgSlug&teamId=$teamId&group=G $rand",
  },
  "app/orgs/[orgSlug]/teams/actions.ts#addTeamMemberAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&teamId=$betaTeamId&userId=$spareUserId",
  },
  "app/orgs/[orgSlug]/teams/actions.ts#removeTeamMemberAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&teamId=$betaTeamId&userId=$spareUserId",
  },
  "app/orgs/[orgSlug]/teams/actions.ts#startAssessmentAction": {
    admin: "allowed",
    facilitator: "allowed",
    lead: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&teamId=$teamId&modelId=$modelId&title=Matrix $rand",
  },
  "app/orgs/[orgSlug]/settings/sso/actions.ts#saveSsoSettingsAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&enabled=&issuer=http://127.0.0.1:9/&clientId=matrix&clientSecret=&allowedDomains=&defaultRole=MEMBER&passwordAllowed=on&groupsClaim=&roleMapping=",
  },
  "app/orgs/[orgSlug]/webhooks/actions.ts#createWebhookAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&name=Matrix $rand&url=http://127.0.0.1:9/matrix&kind=GENERIC&event:workshop.ended=on",
    note: "at most 20 per org: later calls answer INVALID_STATE (allowed)",
  },
  "app/orgs/[orgSlug]/webhooks/actions.ts#setWebhookEnabledAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&endpointId=$webhookId&enabled=false",
  },
  "app/orgs/[orgSlug]/webhooks/actions.ts#deleteWebhookAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&endpointId=$spareWebhookId",
    note: "the seeded spare webhook (the database is re-seeded on every run)",
  },
  "app/orgs/[orgSlug]/webhooks/actions.ts#redeliverWebhookAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&deliveryId=$deliveryId",
    note: "a queued delivery answers INVALID_STATE (allowed); the endpoint is disabled, so nothing is sent",
  },
  "app/orgs/[orgSlug]/settings/jira/actions.ts#saveJiraSettingsAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&baseUrl=http://127.0.0.1:9/jira&email=jira@sec.test&apiToken=matrix-token&projectKey=OPS&issueType=Task",
  },
  "app/orgs/[orgSlug]/settings/jira/actions.ts#deleteJiraSettingsAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug",
    note: "idempotent: disconnecting when not connected is a no-op",
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan/steps/[stepId]/jira-actions.ts#createJiraIssueAction":
    {
      in: "allowed",
      viewer: "denied",
      form: `${PLAN}&stepId=$stepId`,
      note: "Jira unconfigured or unreachable (127.0.0.1:9) answers INVALID_STATE: past authorization",
    },
  "app/orgs/[orgSlug]/members/actions.ts#createInviteAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&role=MEMBER&teamId=",
  },
  "app/orgs/[orgSlug]/share-links/actions.ts#createShareLinkAction": {
    admin: "allowed",
    lead: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&kind=TEAM_RESULTS&assessmentId=$submitted&expiresInDays=30&password=",
    note: "admins, and leads for their own team's submitted results",
  },
  "app/orgs/[orgSlug]/share-links/actions.ts#revokeShareLinkAction": {
    admin: "allowed",
    lead: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&linkId=$revocableShareLinkId",
    note: "a link seeded only for this; revoking it twice changes nothing",
  },
  "app/share/[token]/actions.ts#unlockShareAction": {
    in: "denied",
    out: "denied",
    otherOrg: "denied",
    foreign: "-",
    form: "token=$shareToken&password=not-the-passcode",
    note: "the seeded link has no passcode: NOT_FOUND for everyone, signed in or not",
  },
  "app/orgs/[orgSlug]/members/actions.ts#revokeInviteAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&inviteId=$revocableInviteId",
  },
  "app/orgs/[orgSlug]/members/actions.ts#removeMemberAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&userId=$removableUserId",
    note: "removes a person seeded only for this (tests/security/seed.ts)",
  },
  "app/orgs/[orgSlug]/data/actions.ts#deleteOrgAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&confirmSlug=not-this-organization",
    note: "deletes only with the organization's address typed: the matrix and fuzzer never type it",
  },
  "app/orgs/[orgSlug]/audit/actions.ts#setRetentionAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&days=400",
  },
  "app/orgs/[orgSlug]/api-tokens/actions.ts#createTokenAction": {
    in: "allowed",
    form: "orgSlug=$orgSlug&kind=PERSONAL&name=Matrix $rand&scope=READ&teamId=&expiresInDays=30",
  },
  "app/orgs/[orgSlug]/api-tokens/actions.ts#revokeTokenAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&tokenId=$revocableTokenId",
    note: "an organization token: only admins revoke it (seeded only for this)",
  },
  "app/orgs/[orgSlug]/members/actions.ts#updateRoleAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&userId=$spareUserId&role=MEMBER",
  },
  "app/orgs/[orgSlug]/models/import/actions.ts#importModelAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&intent=preview&modelId=&files=[]&pasted=",
  },
  "app/orgs/[orgSlug]/workshops/actions.ts#createWorkshopAction": {
    admin: "allowed",
    facilitator: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&teamId=$teamId&modelId=$modelId&assessmentId=&title=Matrix $rand&timerSeconds=",
  },
  "app/orgs/[orgSlug]/assessments/[assessmentId]/actions.ts#submitAssessmentAction": {
    admin: "allowed",
    facilitator: "allowed",
    lead: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&assessmentId=$draft",
  },
  "app/orgs/[orgSlug]/assessments/[assessmentId]/consensus/actions.ts#recordConsensusAction": {
    admin: "allowed",
    facilitator: "allowed",
    lead: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&assessmentId=$collab&questionId=investment-1&choice=2&note=",
  },
  "app/orgs/[orgSlug]/assessments/[assessmentId]/respond/actions.ts#setFinishedAction": {
    in: "allowed",
    viewer: "denied",
    form: "orgSlug=$orgSlug&assessmentId=$collab&isFinished=true",
  },
  "app/orgs/[orgSlug]/assessments/[assessmentId]/respondents/actions.ts#openToRespondentsAction": {
    admin: "allowed",
    facilitator: "allowed",
    lead: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&assessmentId=$collab",
  },
  "app/orgs/[orgSlug]/assessments/[assessmentId]/respondents/actions.ts#addRespondentAction": {
    admin: "allowed",
    facilitator: "allowed",
    lead: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&assessmentId=$collab&userId=$spareUserId",
  },
  "app/orgs/[orgSlug]/assessments/[assessmentId]/respondents/actions.ts#removeRespondentAction": {
    admin: "allowed",
    facilitator: "allowed",
    lead: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&assessmentId=$collab&userId=$spareUserId",
  },
  "app/orgs/[orgSlug]/assessments/[assessmentId]/respondents/actions.ts#closeAnsweringAction": {
    admin: "allowed",
    facilitator: "allowed",
    lead: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&assessmentId=$collab",
  },
  "app/orgs/[orgSlug]/teams/[teamId]/import-result/actions.ts#importResultAction": {
    admin: "allowed",
    facilitator: "allowed",
    lead: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&teamId=$teamId&intent=create&url=https://example.test/?investment_1=2&modelId=&title=",
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/actions.ts#createJourneyAction": {
    admin: "allowed",
    facilitator: "allowed",
    lead: "allowed",
    in: "denied",
    form: `orgSlug=$orgSlug&teamId=$teamId&modelId=$modelId&${JOURNEY_FORM}`,
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/actions.ts#updateJourneyAction": {
    admin: "allowed",
    facilitator: "allowed",
    lead: "allowed",
    in: "denied",
    form: `orgSlug=$orgSlug&teamId=$teamId&journeyId=$teamJourney&version=$teamJourneyVersion&${JOURNEY_FORM}`,
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/actions.ts#setJourneyStatusAction": {
    admin: "allowed",
    facilitator: "allowed",
    lead: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&teamId=$teamId&journeyId=$teamJourney&status=ACTIVE",
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/outcome-actions.ts#createOutcomeAction": {
    admin: "allowed",
    facilitator: "allowed",
    lead: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&journeyId=$teamJourney&name=Matrix $rand&unit=&baseline=0&baselineOn=2026-01-01&target=5&deadline=2027-01-01",
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/outcome-actions.ts#addCheckInAction": {
    admin: "allowed",
    facilitator: "allowed",
    lead: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&outcomeId=$teamOutcome&value=3&checkedOn=2026-11-01&note=",
    note: "a future date or one before the baseline is INVALID_INPUT (allowed past authorization)",
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/outcome-actions.ts#addRequirementAction": {
    admin: "allowed",
    facilitator: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&outcomeId=$orgOutcome&name=Matrix $rand&ownerId=&dueOn=&status=NOT_STARTED&evidence=",
    note: "org journey: facilitators and admins",
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/outcome-actions.ts#updateRequirementAction": {
    admin: "allowed",
    facilitator: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&requirementId=$requirementId&name=sec per-team requirement&ownerId=&dueOn=&status=IN_PROGRESS&evidence=&perTeam=on",
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/outcome-actions.ts#setTeamRequirementAction": {
    admin: "allowed",
    facilitator: "allowed",
    lead: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&requirementId=$requirementId&teamId=$teamId&status=DONE&evidence=",
    note: "a lead sets the row of their own team (Alpha)",
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/outcome-actions.ts#deleteOutcomeAction": {
    admin: "allowed",
    in: "denied",
    form: "orgSlug=$orgSlug&outcomeId=$spareOutcome",
    note: "admin runs first and deletes the spare outcome; facilitators (who may) then find it gone",
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan/actions.ts#createStepAction": {
    in: "allowed",
    viewer: "denied",
    form: `${PLAN}&${STEP}&iterationId=$iterationId`,
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan/actions.ts#updateStepAction": {
    in: "allowed",
    viewer: "denied",
    form: `${PLAN}&stepId=$stepId&version=$stepVersion&returnTo=board&${STEP}&iterationId=$iterationId`,
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan/actions.ts#setStepStatusAction": {
    in: "allowed",
    viewer: "denied",
    form: `${PLAN}&stepId=$stepId&version=$stepVersion&status=DOING`,
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan/actions.ts#moveStepAction": {
    in: "allowed",
    viewer: "denied",
    form: `${PLAN}&stepId=$stepId&direction=up`,
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan/actions.ts#createIterationAction": {
    in: "allowed",
    viewer: "denied",
    form: `${PLAN}&name=Matrix $rand&startsOn=2026-01-01&endsOn=2026-03-31`,
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan/actions.ts#closeIterationAction": {
    in: "allowed",
    viewer: "denied",
    form: `${PLAN}&iterationId=$iterationId&version=$iterationVersion&carry=&nextName=&nextStartsOn=&nextEndsOn=`,
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan/actions.ts#carryStepsAction": {
    in: "allowed",
    viewer: "denied",
    form: `${PLAN}&iterationId=$iterationId&toIterationId=$nextIterationId`,
  },
  "app/orgs/[orgSlug]/teams/[teamId]/journeys/[journeyId]/plan/actions.ts#addSuggestionsAction": {
    in: "allowed",
    viewer: "denied",
    form: `${PLAN}&key:step:investment:3:0=on&iterationId=`,
  },
};
