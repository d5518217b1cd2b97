/**
 * The digest as a mail (pure): a plain-text part and an HTML part with the same content, the
 * organization's name in the subject, absolute links into the app and the unsubscribe link. No secret
 * beyond that link; nothing from other organizations. In the recipient's language: the "emails"
 * messages (`digest.*`) for the frame and the "digest" messages (shared with the digest page) for the
 * sections, each through a translator passed in.
 */
import type { TMailContent, TMailTranslator } from "@/lib/mail/templates";
import { assessmentPath, campaignsPath, orgPath, planPath } from "@/lib/paths";
import type { TDigest, TTeamMove } from "./content";

export type TDigestLinks = Readonly<{
  /** Public base URL without a trailing slash (APP_URL). */
  base: string;
  orgSlug: string;
  unsubscribeUrl: string;
}>;

type TItem = Readonly<{ text: string; url?: string }>;
type TSection = Readonly<{ title: string; items: TItem[]; empty: string; more?: string }>;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const changesText = (m: TTeamMove) => m.changes.map((c) => `${c.aspectName} ${c.from} → ${c.to}`).join(", ");

/** The digest's sections with absolute links, shared by the mail's two parts. */
export function digestSections(td: TMailTranslator, d: TDigest, links: TDigestLinks): TSection[] {
  const url = (path: string) => `${links.base}${path}`;
  const move = (m: TTeamMove): TItem => ({
    text: `${m.teamName}: ${changesText(m)}`,
    url: url(assessmentPath(links.orgSlug, m.assessmentId, "results")),
  });
  return [
    { title: td("movedUp"), items: d.movedUp.map(move), empty: td("noneUp") },
    { title: td("movedDown"), items: d.movedDown.map(move), empty: td("noneDown") },
    ...(d.mixed.length > 0 ? [{ title: td("movedBoth"), items: d.mixed.map(move), empty: "" }] : []),
    {
      title: td("goneStale"),
      items: d.goneStale.map((t) => ({
        text: td("lastAssessed", { team: t.teamName, date: t.lastSubmitted }),
        url: url(orgPath(links.orgSlug, "teams", t.teamId)),
      })),
      empty: td("noneStale"),
      more: d.staleTeams > 0 ? td("staleInAll", { count: d.staleTeams }) : undefined,
    },
    {
      title: td("overdueSteps"),
      items: d.overdueSteps.map((s) => ({
        text: td("stepDue", { team: s.teamName, step: s.title, date: s.dueOn }),
        url: url(planPath(links.orgSlug, s.teamId, s.journeyId)),
      })),
      empty: td("noneOverdue"),
      more: d.moreOverdueSteps > 0 ? td("more", { count: d.moreOverdueSteps }) : undefined,
    },
    {
      title: td("campaigns"),
      items: d.campaigns.map((c) => ({
        text:
          td(c.closed ? "campaignClosed" : "campaignOpen", {
            title: c.title,
            submitted: c.submitted,
            total: c.total,
            date: c.dueOn,
          }) + (c.overdue > 0 ? `, ${td("campaignOverdue", { count: c.overdue })}` : ""),
        url: url(campaignsPath(links.orgSlug, c.id)),
      })),
      empty: td("noneCampaigns"),
    },
  ];
}

/** The period's name in the mail's language: the month ("November 2026"), or the quarter key's label. */
function periodName(locale: string, d: TDigest): string {
  if (d.period.frequency !== "MONTHLY") return d.period.label;
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    d.period.start,
  );
}

/** `t`: translator of the "emails" namespace; `td`: of the "digest" namespace, same language. */
export function digestMail(
  t: TMailTranslator,
  td: TMailTranslator,
  d: TDigest,
  links: TDigestLinks,
  recipientName: string | null,
): TMailContent {
  const names = { org: d.orgName, period: periodName(t.locale, d) };
  const subject = t("digest.subject", names);
  const overview = `${links.base}${orgPath(links.orgSlug)}`;
  const intro = t("digest.intro", names);
  const greeting = recipientName ? t("greeting", { name: recipientName }) : t("greetingNoName");
  const sections = digestSections(td, d, links);
  const optedIn = t("digest.optedIn", names);
  const footer = `${optedIn} ${t("digest.unsubscribe")} ${t("digest.oneClick")}: ${links.unsubscribeUrl}`;
  const text = [
    greeting,
    "",
    intro,
    "",
    ...sections.flatMap((s) => [
      s.title,
      ...(s.items.length ? s.items.map((i) => `- ${i.text}${i.url ? ` <${i.url}>` : ""}`) : [`- ${s.empty}`]),
      ...(s.more ? [s.more] : []),
      "",
    ]),
    t("digest.overview", { url: overview }),
    "",
    footer,
    "",
  ].join("\n");
  const li = (i: TItem) =>
    `<li>${i.url ? `<a href="${escapeHtml(i.url)}">${escapeHtml(i.text)}</a>` : escapeHtml(i.text)}</li>`;
  const html = `<!doctype html>
<html lang="${escapeHtml(t.locale)}"><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5;max-width:640px">
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(intro)}</p>
${sections
  .map(
    (s) =>
      `<h2 style="font-size:16px;margin:20px 0 6px">${escapeHtml(s.title)}</h2>\n<ul>${
        s.items.length ? s.items.map(li).join("") : `<li>${escapeHtml(s.empty)}</li>`
      }</ul>${s.more ? `<p>${escapeHtml(s.more)}</p>` : ""}`,
  )
  .join("\n")}
<p><a href="${escapeHtml(overview)}">${escapeHtml(t("digest.openOverview"))}</a></p>
<p style="font-size:13px;color:#6b7280">${escapeHtml(optedIn)} <a href="${escapeHtml(links.unsubscribeUrl)}">${escapeHtml(t("digest.unsubscribe"))}</a> ${escapeHtml(t("digest.oneClick"))}.</p>
</body></html>
`;
  return { subject, text, html };
}
