/**
 * The digest as a mail (pure): a plain-text part and an HTML part with the same content, the
 * organization's name in the subject, absolute links into the app and the unsubscribe link. No secret
 * beyond that link; nothing from other organizations.
 */
import type { TMailContent } from "@/lib/mail/templates";
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
export function digestSections(d: TDigest, links: TDigestLinks): TSection[] {
  const url = (path: string) => `${links.base}${path}`;
  const move = (m: TTeamMove): TItem => ({
    text: `${m.teamName}: ${changesText(m)}`,
    url: url(assessmentPath(links.orgSlug, m.assessmentId, "results")),
  });
  return [
    { title: "Teams that moved up", items: d.movedUp.map(move), empty: "No team moved up." },
    { title: "Teams that moved down", items: d.movedDown.map(move), empty: "No team moved down." },
    ...(d.mixed.length > 0
      ? [{ title: "Teams that moved both ways", items: d.mixed.map(move), empty: "" }]
      : []),
    {
      title: "Teams gone stale",
      items: d.goneStale.map((t) => ({
        text: `${t.teamName} (last assessed ${t.lastSubmitted})`,
        url: url(orgPath(links.orgSlug, "teams", t.teamId)),
      })),
      empty: "No team went stale.",
      more: d.staleTeams > 0 ? `${d.staleTeams} team(s) are stale in all.` : undefined,
    },
    {
      title: "Overdue plan steps",
      items: d.overdueSteps.map((s) => ({
        text: `${s.teamName}: ${s.title} (due ${s.dueOn})`,
        url: url(planPath(links.orgSlug, s.teamId, s.journeyId)),
      })),
      empty: "No plan step is overdue.",
      more: d.moreOverdueSteps > 0 ? `… and ${d.moreOverdueSteps} more.` : undefined,
    },
    {
      title: "Campaigns",
      items: d.campaigns.map((c) => ({
        text:
          `${c.title}: ${c.submitted} of ${c.total} teams submitted, ` +
          (c.closed ? "closed" : `due ${c.dueOn}`) +
          (c.overdue > 0 ? `, ${c.overdue} overdue` : ""),
        url: url(campaignsPath(links.orgSlug, c.id)),
      })),
      empty: "No campaign ran in this period.",
    },
  ];
}

export function digestMail(d: TDigest, links: TDigestLinks, recipientName: string | null): TMailContent {
  const subject = `${d.orgName}: your Stepwise digest for ${d.period.label}`;
  const overview = `${links.base}${orgPath(links.orgSlug)}`;
  const intro = `What changed in ${d.orgName} in ${d.period.label}.`;
  const greeting = recipientName ? `Hello ${recipientName},` : "Hello,";
  const sections = digestSections(d, links);
  const footer = `You get this digest because you opted in for ${d.orgName}. Unsubscribe (one click, no sign-in): ${links.unsubscribeUrl}`;
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
    `The overview: ${overview}`,
    "",
    footer,
    "",
  ].join("\n");
  const li = (i: TItem) =>
    `<li>${i.url ? `<a href="${escapeHtml(i.url)}">${escapeHtml(i.text)}</a>` : escapeHtml(i.text)}</li>`;
  const html = `<!doctype html>
<html><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5;max-width:640px">
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
<p><a href="${escapeHtml(overview)}">Open the overview</a></p>
<p style="font-size:13px;color:#6b7280">You get this digest because you opted in for ${escapeHtml(d.orgName)}. <a href="${escapeHtml(links.unsubscribeUrl)}">Unsubscribe</a> (one click, no sign-in).</p>
</body></html>
`;
  return { subject, text, html };
}
