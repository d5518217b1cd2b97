import type { TPlan } from "@/lib/data/plans";

/** Select options for the step form, derived from the plan (no extra queries). */
export function stepFormOptions(
  plan: TPlan,
  keepIterationId: string | null = null,
  closedName: (name: string) => string = (name) => `${name} (closed)`,
) {
  const characteristics: Record<string, string[]> = {};
  for (const a of plan.definition.aspects)
    for (const c of a.cells) characteristics[`${a.id}:${c.level}`] = c.characteristics ?? [];
  return {
    aspects: plan.definition.aspects.map((a) => ({ id: a.id, name: a.name })),
    levels: plan.definition.levels.map((l) => ({ level: l.level, name: l.name })),
    characteristics,
    owners: plan.owners.map((o) => ({ id: o.id, name: o.name })),
    iterations: plan.iterations
      .filter((i) => i.status === "OPEN" || i.id === keepIterationId)
      .map((i) => ({ id: i.id, name: i.status === "CLOSED" ? closedName(i.name) : i.name })),
    outcomes: plan.outcomes,
    today: plan.today,
  };
}
