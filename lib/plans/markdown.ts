/**
 * Markdown export of a plan (for a wiki page or a README): one section per iteration, then the steps
 * without an iteration, each step a task-list line with aspect, owner, due date and notes. Pure.
 */
import { STATUS_LABELS } from "./schemas";
import type { TPlanIteration, TPlanStep } from "./types";

/** Escapes characters Markdown would treat as formatting, and flattens newlines. */
export function mdEscape(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, " ").replace(/([\\`*_{}[\]()<>#+!|~])/g, "\\$1");
}

/** The export's own words, in the reader's language (English by default); values are already escaped. */
export type TPlanMdText = Readonly<{
  status: Readonly<Record<TPlanStep["status"], string>>;
  title: (title: string) => string;
  byline: (team: string, date: string) => string;
  owner: (name: string) => string;
  unassigned: string;
  due: (date: string) => string;
  advances: (text: string) => string;
  notes: (text: string) => string;
  noSteps: string;
  iteration: (v: {
    name: string;
    startsOn: string;
    endsOn: string;
    open: boolean;
    done: number;
    total: number;
  }) => string;
  backlog: string;
}>;

export const ENGLISH_MD_TEXT: TPlanMdText = {
  status: STATUS_LABELS,
  title: (title) => `Plan: ${title}`,
  byline: (team, date) => `Team: ${team} · exported ${date}`,
  owner: (name) => `owner: ${name}`,
  unassigned: "unassigned",
  due: (date) => `due ${date}`,
  advances: (text) => `Advances: ${text}`,
  notes: (text) => `Notes: ${text}`,
  noSteps: "No steps.",
  iteration: (v) =>
    `${v.name} (${v.startsOn} – ${v.endsOn}, ${v.open ? "open" : "closed"}, ${v.done}/${v.total} done)`,
  backlog: "Not in an iteration",
};

type TPlanDoc = Readonly<{
  title: string;
  teamName: string;
  goal: string;
  generatedOn: string;
  aspects: Readonly<Record<string, string>>;
  iterations: readonly TPlanIteration[];
  steps: readonly TPlanStep[];
}>;

function stepLine(s: TPlanStep, aspects: TPlanDoc["aspects"], text: TPlanMdText): string {
  const box = s.status === "DONE" ? "[x]" : "[ ]";
  const title = s.status === "DROPPED" ? `~~${mdEscape(s.title)}~~` : mdEscape(s.title);
  const meta = [
    `${mdEscape(aspects[s.aspectId] ?? s.aspectId)} → L${s.level}`,
    text.status[s.status],
    s.ownerName ? text.owner(mdEscape(s.ownerName)) : text.unassigned,
    s.dueOn ? text.due(s.dueOn) : null,
  ].filter(Boolean);
  const lines = [`- ${box} **${title}** (${meta.join(" · ")})`];
  if (s.characteristic && s.characteristic !== s.title)
    lines.push(`  - ${text.advances(mdEscape(s.characteristic))}`);
  if (s.notes) lines.push(`  - ${text.notes(mdEscape(s.notes))}`);
  return lines.join("\n");
}

export function planToMarkdown(doc: TPlanDoc, text: TPlanMdText = ENGLISH_MD_TEXT): string {
  const ordered = [...doc.steps].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const section = (heading: string, steps: readonly TPlanStep[]) =>
    [
      `## ${heading}`,
      "",
      steps.length ? steps.map((s) => stepLine(s, doc.aspects, text)).join("\n") : `_${text.noSteps}_`,
      "",
    ].join("\n");
  const iterations = [...doc.iterations].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const parts = [
    `# ${text.title(mdEscape(doc.title))}`,
    "",
    text.byline(mdEscape(doc.teamName), doc.generatedOn),
    "",
    `> ${mdEscape(doc.goal)}`,
    "",
    ...iterations.map((it) => {
      const steps = ordered.filter((s) => s.iterationId === it.id);
      const done = steps.filter((s) => s.status === "DONE").length;
      const total = steps.filter((s) => s.status !== "DROPPED").length;
      const heading = text.iteration({
        name: mdEscape(it.name),
        startsOn: it.startsOn,
        endsOn: it.endsOn,
        open: it.status === "OPEN",
        done,
        total,
      });
      return section(heading, steps);
    }),
  ];
  const backlog = ordered.filter((s) => s.iterationId === null);
  if (backlog.length > 0 || iterations.length === 0) parts.push(section(text.backlog, backlog));
  return `${parts.join("\n").trimEnd()}\n`;
}
