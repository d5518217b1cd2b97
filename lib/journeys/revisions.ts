/**
 * What changed between two journey snapshots, in words, for the edit-history list. Pure.
 */
import type { TMaturityModel } from "@/lib/model/schema";
import type { TJourneySnapshot } from "./schemas";

type TLabels = Pick<TMaturityModel, "aspects" | "levels">;

const levelLabel = (labels: TLabels, level: number) =>
  `L${level} ${labels.levels.find((l) => l.level === level)?.name ?? ""}`.trim();
const aspectLabel = (labels: TLabels, aspectId: string) =>
  labels.aspects.find((a) => a.id === aspectId)?.name ?? aspectId;
const frame = (s: TJourneySnapshot) => `${s.startsOn ?? "open"} – ${s.endsOn ?? "open"}`;

function targetChanges(
  labels: TLabels,
  before: TJourneySnapshot["targets"],
  after: TJourneySnapshot["targets"],
): string[] {
  // Model order first, then any ids the model no longer has, so the list reads like the gap table.
  const ids = [
    ...new Set([...labels.aspects.map((a) => a.id), ...Object.keys(before), ...Object.keys(after)]),
  ];
  const out: string[] = [];
  for (const id of ids) {
    const was = before[id];
    const now = after[id];
    if (was === now) continue;
    const name = aspectLabel(labels, id);
    if (was === undefined && now !== undefined) out.push(`${name} target set to ${levelLabel(labels, now)}`);
    else if (now === undefined && was !== undefined)
      out.push(`${name} target removed (was ${levelLabel(labels, was)})`);
    else if (was !== undefined && now !== undefined)
      out.push(`${name} target ${levelLabel(labels, was)} → ${levelLabel(labels, now)}`);
  }
  return out;
}

function constraintChanges(before: string[], after: string[]): string[] {
  const added = after.filter((c) => !before.includes(c));
  const removed = before.filter((c) => !after.includes(c));
  const out: string[] = [];
  if (added.length > 0) out.push(`Constraints added: ${added.map((c) => `"${c}"`).join(", ")}`);
  if (removed.length > 0) out.push(`Constraints removed: ${removed.map((c) => `"${c}"`).join(", ")}`);
  if (out.length === 0 && before.join("\n") !== after.join("\n")) out.push("Constraints reordered");
  return out;
}

/**
 * Human-readable changes from `before` to `after`; `before` null means the journey was created.
 * An edit that changed nothing says so rather than returning an empty list.
 */
export function summarizeRevision(
  labels: TLabels,
  before: TJourneySnapshot | null,
  after: TJourneySnapshot,
): string[] {
  if (before === null) {
    const count = Object.keys(after.targets).length;
    return [`Journey created with ${count} target${count === 1 ? "" : "s"}`];
  }
  const out: string[] = [];
  if (before.title !== after.title) out.push(`Title changed to "${after.title}"`);
  if (before.goal !== after.goal) out.push("Goal rewritten");
  out.push(...constraintChanges(before.constraints, after.constraints));
  if (frame(before) !== frame(after)) out.push(`Time frame ${frame(before)} → ${frame(after)}`);
  out.push(...targetChanges(labels, before.targets, after.targets));
  return out.length > 0 ? out : ["No changes"];
}

export type TRevisionEntry = Readonly<{
  version: number;
  editedAt: Date;
  editedByName: string;
  snapshot: TJourneySnapshot | null;
}>;

/** History list, newest first: each revision summarized against the one before it. */
export function summarizeHistory(labels: TLabels, revisions: readonly TRevisionEntry[]) {
  const ascending = [...revisions].sort((a, b) => a.version - b.version);
  const rows = ascending.map((rev, i) => {
    const previous = i > 0 ? ascending[i - 1]!.snapshot : null;
    const isUnreadable = rev.snapshot === null || (i > 0 && previous === null);
    const changes = isUnreadable
      ? ["(this revision could not be compared)"]
      : summarizeRevision(labels, previous, rev.snapshot!);
    return { version: rev.version, editedAt: rev.editedAt, editedByName: rev.editedByName, changes };
  });
  return rows.reverse();
}
