/**
 * Every mail Stepwise sends, as pure functions: subject, a plain-text part and an HTML part, in the
 * recipient's language (the "emails" messages, rendered by the translator passed in: see
 * lib/mail/locale.ts and i18n/translator.ts). A mail carries no secret beyond its own single-use link,
 * and names the organization where there is one.
 */
export type TMailContent = Readonly<{ subject: string; text: string; html: string }>;

/** A translator of the "emails" namespace (next-intl's, from `mailTranslator(locale)`). */
export type TMailTranslator = ((
  key: string,
  values?: Readonly<Record<string, string | number | Date>>,
) => string) &
  Readonly<{ locale: string }>;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** One mail layout: paragraphs, one call-to-action link, and a closing note. */
function compose(
  t: TMailTranslator,
  input: {
    subject: string;
    greeting: string;
    paragraphs: string[];
    action: { label: string; url: string };
    footer: string;
  },
): TMailContent {
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
<html lang="${escapeHtml(t.locale)}"><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5;max-width:560px">
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
<p><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>
<p style="font-size:13px;color:#6b7280">${escapeHtml(t("copyLink", { url: action.url }))}</p>
<p style="font-size:13px;color:#6b7280">${escapeHtml(footer)}</p>
</body></html>
`;
  return { subject, text, html };
}

const hi = (t: TMailTranslator, name: string | null | undefined) =>
  name ? t("greeting", { name }) : t("greetingNoName");

export function passwordResetMail(
  t: TMailTranslator,
  input: { name: string; link: string; expiresInMinutes: number },
) {
  return compose(t, {
    subject: t("passwordReset.subject"),
    greeting: hi(t, input.name),
    paragraphs: [t("passwordReset.intro"), t("passwordReset.expiry", { minutes: input.expiresInMinutes })],
    action: { label: t("passwordReset.action"), url: input.link },
    footer: t("passwordReset.footer"),
  });
}

export function verifyEmailMail(
  t: TMailTranslator,
  input: { name: string; link: string; expiresInHours: number },
) {
  return compose(t, {
    subject: t("verifyEmail.subject"),
    greeting: hi(t, input.name),
    paragraphs: [t("verifyEmail.intro"), t("verifyEmail.expiry", { hours: input.expiresInHours })],
    action: { label: t("verifyEmail.action"), url: input.link },
    footer: t("verifyEmail.footer"),
  });
}

const ROLES = new Set(["ADMIN", "FACILITATOR", "LEAD", "MEMBER", "VIEWER"]);

export function inviteMail(
  t: TMailTranslator,
  input: {
    orgName: string;
    inviterName: string;
    role: string;
    teamName: string | null;
    link: string;
    expiresAt: Date;
  },
) {
  const role = ROLES.has(input.role) ? t(`roles.${input.role}`) : input.role;
  const names = { inviter: input.inviterName, org: input.orgName, role };
  return compose(t, {
    subject: t("invite.subject", names),
    greeting: t("greetingNoName"),
    paragraphs: [
      input.teamName ? t("invite.introTeam", { ...names, team: input.teamName }) : t("invite.intro", names),
      t("invite.expiry", { expiresAt: input.expiresAt }),
    ],
    action: { label: t("invite.action", names), url: input.link },
    footer: t("invite.footer"),
  });
}

/** To a team's lead: the campaign's assessment of their team is not submitted yet (due soon or overdue). */
export function campaignReminderMail(
  t: TMailTranslator,
  input: {
    orgName: string;
    leadName: string | null;
    campaignTitle: string;
    teamName: string;
    /** ISO day (YYYY-MM-DD). */
    dueOn: string;
    overdue: boolean;
    link: string;
  },
) {
  const names = {
    org: input.orgName,
    campaign: input.campaignTitle,
    team: input.teamName,
    dueOn: new Date(`${input.dueOn.slice(0, 10)}T00:00:00Z`),
  };
  return compose(t, {
    subject: t(input.overdue ? "campaignReminder.subjectOverdue" : "campaignReminder.subject", names),
    greeting: hi(t, input.leadName),
    paragraphs: [
      t(input.overdue ? "campaignReminder.introOverdue" : "campaignReminder.intro", names),
      t("campaignReminder.saved"),
    ],
    action: { label: t("campaignReminder.action", names), url: input.link },
    footer: t("campaignReminder.footer"),
  });
}
