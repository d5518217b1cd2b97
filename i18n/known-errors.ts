/**
 * English error texts that lib/ and the route handlers produce (AppError messages, zod messages) and
 * that the live-workshop and respondent screens show to people, mapped to message keys: each screen
 * translates the texts it knows into the reader's language and shows any other text as it came. lib/
 * keeps its one English text (logs, the public API). Pure; tests/unit/i18n/known-errors.test.ts checks
 * that every text listed here still occurs in the source, so a reworded message is noticed.
 */
export type TKnownErrorRule = readonly [
  match: string | RegExp,
  key: string,
  values?: (m: RegExpMatchArray) => Record<string, string | number>,
];

/** The message key (and ICU values) for `message`, or null when the text is not in `rules`. */
export function knownError(
  message: string,
  rules: readonly TKnownErrorRule[],
): { key: string; values?: Record<string, string | number> } | null {
  for (const [match, key, values] of rules) {
    if (typeof match === "string") {
      if (match === message) return { key };
      continue;
    }
    const m = message.match(match);
    if (m) return { key, values: values?.(m) };
  }
  return null;
}

type TTranslate = (key: string, values?: Record<string, string | number>) => string;

/** `message` in the reader's language when known, else unchanged. `t` is bound to the errors group. */
export function translateError(message: string, rules: readonly TKnownErrorRule[], t: unknown): string {
  const known = knownError(message, rules);
  return known ? (t as TTranslate)(known.key, known.values) : message;
}

const GENERIC: readonly TKnownErrorRule[] = [
  ["No connection. Check your network and try again.", "noConnection"],
  [/^Request failed \((\d+)\)\.$/, "requestFailed", (m) => ({ status: m[1]! })],
  ["Something went wrong. Please try again.", "generic"],
  ["Assessment not found.", "assessmentNotFound"],
];

/** Live workshops: the join page, the participant and facilitator screens, the workshop form. */
export const WORKSHOP_ERRORS: readonly TKnownErrorRule[] = [
  ...GENERIC,
  ["This workshop has ended.", "ended"],
  ["This workshop has already ended.", "alreadyEnded"],
  ["The workshop is already running.", "alreadyRunning"],
  ["The model has no questions.", "noQuestions"],
  ["Start the workshop first.", "startFirst"],
  ["The current question is not part of this model.", "unknownQuestion"],
  ["The votes are already revealed.", "alreadyRevealed"],
  ["Reveal the votes before recording the consensus.", "revealFirst"],
  ["A consensus marked not sure cannot also have a level.", "notSureWithLevel"],
  ["Choose a level or mark the consensus as not sure.", "chooseConsensus"],
  [
    "Another facilitator recorded the consensus meanwhile: check it on screen, then record again.",
    "consensusConflict",
  ],
  ["Workshop not found.", "notFound"],
  ["Only facilitators and admins run workshops.", "facilitatorsOnly"],
  ["The workshop's assessment was already submitted.", "alreadySubmitted"],
  ["This assessment already has a workshop.", "hasWorkshop"],
  ["Choose a team and a model.", "chooseTeamModel"],
  ["Only a draft assessment can be run as a workshop.", "draftOnly"],
  ["This assessment collects private responses; it cannot also be a workshop.", "collectsResponses"],
  ["Enter the name the others will see.", "enterName"],
  ["Enter a display name.", "enterDisplayName"],
  ["Enter the workshop code.", "enterCode"],
  [/^At most (\d+) characters\.?$/, "tooLong", (m) => ({ max: Number(m[1]) })],
  ["Join with the workshop code.", "joinWithCode"],
  ["Participant not found.", "participantNotFound"],
  [/^This workshop is full \((\d+) participants\)\.$/, "full", (m) => ({ max: Number(m[1]) })],
  ["Too many people joined from your network. Try again later.", "tooManyJoins"],
  [
    /^Too many wrong codes\. Try again in (\d+) minutes?\.$/,
    "tooManyCodes",
    (m) => ({ minutes: Number(m[1]) }),
  ],
  ["This code is not valid, or the workshop has ended.", "invalidCode"],
  ["Join the workshop to vote.", "joinToVote"],
  ["Viewers can follow the workshop but cannot vote.", "viewersCannotVote"],
  ["Voting has not started.", "votingNotStarted"],
  ["The facilitator has moved to another question.", "movedOn"],
  ["The votes on this question are already revealed.", "votesRevealed"],
  ["Choose a level or “Not sure”.", "chooseVote"],
  [/^Level (\d+) is not an option of this question\.$/, "notAnOption", (m) => ({ level: Number(m[1]) })],
  ["Voting on this question has closed.", "votingClosed"],
];

/** Assessments answered by several people: the respondents, respond and consensus pages. */
export const RESPONDENT_ERRORS: readonly TKnownErrorRule[] = [
  ...GENERIC,
  ["This assessment was submitted and is read-only.", "readOnly"],
  ["This assessment is not open to respondents.", "notOpen"],
  [
    "The lead has closed answering, so answers can no longer change. Everything you saved before is kept.",
    "closed",
  ],
  ["This assessment is run as a live workshop.", "isWorkshop"],
  ["Only members of the team (not viewers) can answer.", "membersOnly"],
  ["Respondent not found.", "respondentNotFound"],
  ["Nobody has answered yet.", "nobodyAnswered"],
  ["Only the team's leads, facilitators and admins can see who has answered.", "leadsOnly"],
  ["This assessment has no respondents.", "noRespondents"],
  ["Only the team sees the answers before the assessment is submitted.", "teamOnly"],
  ["Close answering before recording the agreed answers.", "closeFirst"],
  ["Add a note: the agreed answer differs from the respondents' median.", "noteRequired"],
  [
    "Someone else recorded this agreed answer after you opened the page. Reload to see it, then save again.",
    "consensusConflict",
  ],
  ["Only members of the team can answer this assessment.", "teamMembersOnly"],
  ["The lead removed you from the respondents of this assessment; ask them to add you again.", "removed"],
  ["Answer at least one question first.", "answerFirst"],
  ["Choose the agreed answer", "chooseAnswer"],
  ["Choose a team member", "chooseMember"],
  [/^At most (\d+) characters\.?$/, "tooLong", (m) => ({ max: Number(m[1]) })],
];

/** The dashboard filters' notes about ignored URL values (lib/dashboard/filters.ts, lib/data/dashboard/scope.ts). */
const FILTER_FIELDS: ReadonlyArray<readonly [label: string, key: string]> = [
  ["team group", "group"],
  ["model (expected key:version)", "model"],
  ["from date (expected YYYY-MM-DD)", "from"],
  ["to date (expected YYYY-MM-DD)", "to"],
  ["staleness days (expected 1–3650)", "stale"],
  ["sort (name or level)", "sort"],
  ["page number", "page"],
  ["confidence (medium or high)", "conf"],
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const DASHBOARD_NOTES: readonly TKnownErrorRule[] = [
  ...FILTER_FIELDS.map(([label, key]): TKnownErrorRule => [
    new RegExp(`^Ignored the ${escape(label)}: "(.*)" is not valid\\.$`, "s"),
    `ignored.${key}`,
    (m) => ({ value: m[1]! }),
  ]),
  [/^Ignored the date range: (.+) is after (.+)\.$/, "dateRange", (m) => ({ from: m[1]!, to: m[2]! })],
  [
    "That model version is not available to this organization; showing the default model.",
    "modelUnavailable",
  ],
  [/^There is no team group called "(.*)"; showing all teams\.$/s, "noGroup", (m) => ({ group: m[1]! })],
];
