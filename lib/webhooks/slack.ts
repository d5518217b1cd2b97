/**
 * Slack endpoints (pure): the same events as Slack incoming-webhook JSON (`text` fallback + Block Kit
 * `blocks`). Slack's mrkdwn special characters in user-provided text are escaped.
 */
import type { TWebhookEnvelope } from "./events";

const esc = (v: unknown) =>
  String(v ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");

type TData = Record<string, unknown> & {
  team?: { name?: string };
  assessment?: { title?: string; url?: string };
  aspect?: { title?: string };
  step?: { title?: string; dueOn?: string | null; url?: string };
  journey?: { title?: string; url?: string };
};

const lvl = (v: unknown) => (v === null || v === undefined ? "no level" : `level ${esc(v)}`);

/** The one-line summary of an event (also Slack's notification text). */
export function summarizeEvent(envelope: TWebhookEnvelope): string {
  const d = envelope.data as TData;
  const team = esc(d.team?.name ?? "A team");
  switch (envelope.type) {
    case "assessment.submitted":
      return `${team} submitted “${esc(d.assessment?.title)}”`;
    case "assessment.level_changed":
      return `${team}: ${esc(d.aspect?.title)} moved from ${lvl(d.from)} to ${lvl(d.to)}`;
    case "plan.step.status_changed":
      return `${team}: step “${esc(d.step?.title)}” ${esc(String(d.from).toLowerCase())} → ${esc(String(d.to).toLowerCase())}`;
    case "plan.step.overdue":
      return `${team}: step “${esc(d.step?.title)}” is overdue (due ${esc(d.step?.dueOn)})`;
    case "journey.target_reached":
      return `${team} reached ${lvl(d.level)} in ${esc(d.aspect?.title)} (target ${esc(d.target)}) on “${esc(d.journey?.title)}”`;
    case "workshop.ended":
      return `${team}'s workshop ended: “${esc(d.assessment?.title)}” submitted`;
  }
}

function linkOf(envelope: TWebhookEnvelope): string | null {
  const d = envelope.data as TData;
  return d.step?.url ?? d.journey?.url ?? d.assessment?.url ?? null;
}

export function formatSlackMessage(envelope: TWebhookEnvelope): Record<string, unknown> {
  const text = summarizeEvent(envelope);
  const link = linkOf(envelope);
  return {
    text,
    blocks: [
      {
        type: "section",
        text: { type: "mrkdwn", text: link ? `${text}\n<${link}|Open in Stepwise>` : text },
      },
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: `\`${envelope.type}\` · ${esc(envelope.organization.slug)} · ${envelope.createdAt}`,
          },
        ],
      },
    ],
  };
}
