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

type TPlanDoc = Readonly<{
  title: string;
  teamName: string;
  goal: string;
  generatedOn: string;
  aspects: Readonly<Record<string, string>>;
  iterations: readonly TPlanIteration[];
  steps: readonly TPlanStep[];
}>;

function stepLine(s: TPlanStep, aspects: TPlanDoc["aspects"]): string {
  const box = s.status === "DONE" ? "[x]" : "[ ]";
  const title = s.status === "DROPPED" ? `~~${mdEscape(s.title)}~~` : mdEscape(s.title);
  const meta = [
    `${mdEscape(aspects[s.aspectId] ?? s.aspectId)} → L${s.level}`,
    STATUS_LABELS[s.status],
    s.ownerName ? `owner: ${mdEscape(s.ownerName)}` : "unassigned",
    s.dueOn ? `due ${s.dueOn}` : null,
  ].filter(Boolean);
  const lines = [`- ${box} **${title}** (${meta.join(" · ")})`];
  if (s.characteristic && s.characteristic !== s.title)
    lines.push(`  - Advances: ${mdEscape(s.characteristic)}`);
  if (s.notes) lines.push(`  - Notes: ${mdEscape(s.notes)}`);
  return lines.join("\n");
}

export function planToMarkdown(doc: TPlanDoc): string {
  const ordered = [...doc.steps].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const section = (heading: string, steps: readonly TPlanStep[]) =>
    [
      `## ${heading}`,
      "",
      steps.length ? steps.map((s) => stepLine(s, doc.aspects)).join("\n") : "_No steps._",
      "",
    ].join("\n");
  const iterations = [...doc.iterations].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const parts = [
    `# Plan: ${mdEscape(doc.title)}`,
    "",
    `Team: ${mdEscape(doc.teamName)} · exported ${doc.generatedOn}`,
    "",
    `> ${mdEscape(doc.goal)}`,
    "",
    ...iterations.map((it) => {
      const steps = ordered.filter((s) => s.iterationId === it.id);
      const done = steps.filter((s) => s.status === "DONE").length;
      const total = steps.filter((s) => s.status !== "DROPPED").length;
      return section(
        `${mdEscape(it.name)} (${it.startsOn} – ${it.endsOn}, ${it.status === "OPEN" ? "open" : "closed"}, ${done}/${total} done)`,
        steps,
      );
    }),
  ];
  const backlog = ordered.filter((s) => s.iterationId === null);
  if (backlog.length > 0 || iterations.length === 0) parts.push(section("Not in an iteration", backlog));
  return `${parts.join("\n").trimEnd()}\n`;
}
