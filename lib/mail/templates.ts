import { isoDay } from "@/lib/dates";

/**
 * Every mail Stepwise sends, as pure functions: subject, a plain-text part and an HTML part. A mail
 * carries no secret beyond its own single-use link, and names the organization where there is one.
 */
export type TMailContent = Readonly<{ subject: string; text: string; html: string }>;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** One mail layout: paragraphs, one call-to-action link, and a closing note. */
function compose(input: {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action: { label: string; url: string };
  footer: string;
}): TMailContent {
  const { subject, greeting, paragraphs, action, footer } = input;
  const text = [
    greeting,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    `${action.label}: ${action.url}`,
    "",
    footer,
  ]
    .join("\n")
    .concat("\n");
  const html = `<!doctype html>
<html><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5;max-width:560px">
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
<p><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>
<p style="font-size:13px;color:#6b7280">Or copy this link into your browser: ${escapeHtml(action.url)}</p>
<p style="font-size:13px;color:#6b7280">${escapeHtml(footer)}</p>
</body></html>
`;
  return { subject, text, html };
}

const hi = (name: string | null | undefined) => (name ? `Hello ${name},` : "Hello,");

export function passwordResetMail(input: { name: string; link: string; expiresInMinutes: number }) {
  return compose({
    subject: "Reset your Stepwise password",
    greeting: hi(input.name),
    paragraphs: [
      "Someone (hopefully you) asked to reset the password of your Stepwise account.",
      `The link below works once and expires in ${input.expiresInMinutes} minutes. Signing in with the new password signs out your other sessions.`,
    ],
    action: { label: "Choose a new password", url: input.link },
    footer: "If you did not ask for this, ignore this mail: your password stays as it is.",
  });
}

export function verifyEmailMail(input: { name: string; link: string; expiresInHours: number }) {
  return compose({
    subject: "Confirm your email address for Stepwise",
    greeting: hi(input.name),
    paragraphs: [
      "Please confirm that this address belongs to you. Until you do, it cannot receive invitations by mail or be linked to single sign-on.",
      `The link works once and expires in ${input.expiresInHours} hours.`,
    ],
    action: { label: "Confirm my email address", url: input.link },
    footer: "If you did not create a Stepwise account, ignore this mail.",
  });
}

const ROLE_LABEL: Record<string, string> = {
  ADMIN: "Admin",
  FACILITATOR: "Facilitator",
  LEAD: "Team lead",
  MEMBER: "Member",
  VIEWER: "Viewer",
};

export function inviteMail(input: {
  orgName: string;
  inviterName: string;
  role: string;
  teamName: string | null;
  link: string;
  expiresAt: Date;
}) {
  const role = ROLE_LABEL[input.role] ?? input.role;
  const where = input.teamName ? ` in the team ${input.teamName}` : "";
  return compose({
    subject: `${input.inviterName} invited you to ${input.orgName} on Stepwise`,
    greeting: "Hello,",
    paragraphs: [
      `${input.inviterName} invited you to join ${input.orgName} on Stepwise as ${role}${where}.`,
      `The invitation works once and expires on ${isoDay(input.expiresAt)}. Sign in (or create an account) with this email address to accept it.`,
    ],
    action: { label: `Join ${input.orgName}`, url: input.link },
    footer: "If you did not expect this invitation, ignore this mail.",
  });
}

/** To a team's lead: the campaign's assessment of their team is not submitted yet (due soon or overdue). */
export function campaignReminderMail(input: {
  orgName: string;
  leadName: string | null;
  campaignTitle: string;
  teamName: string;
  dueOn: string;
  overdue: boolean;
  link: string;
}) {
  const when = input.overdue ? `was due on ${input.dueOn}` : `is due on ${input.dueOn}`;
  return compose({
    subject: `${input.overdue ? "Overdue" : "Reminder"}: ${input.teamName}'s assessment for ${input.campaignTitle}`,
    greeting: hi(input.leadName),
    paragraphs: [
      `${input.orgName} runs the assessment round "${input.campaignTitle}". The assessment of ${input.teamName} ${when} and is not submitted yet.`,
      "Everything answered so far is saved; open the draft to continue, then submit it.",
    ],
    action: { label: `Open ${input.teamName}'s assessment`, url: input.link },
    footer: "You get this because you lead the team in Stepwise. At most one reminder per team per day.",
  });
}
