/** A chart legend in plain HTML under a server-rendered SVG chart (wraps on narrow screens). */
export function ChartLegend({
  items,
}: Readonly<{ items: ReadonlyArray<{ name: string; colour: string; dash?: string }> }>) {
  return (
    <ul
      className="mt-1 flex flex-wrap justify-center gap-x-3 gap-y-1 text-xs text-slate-800"
      aria-hidden="true"
    >
      {items.map((i) => (
        <li key={i.name} className="flex items-center gap-1">
          <svg width="14" height="10" viewBox="0 0 14 10" aria-hidden="true">
            {i.dash !== undefined ? (
              <line x1="0" y1="5" x2="14" y2="5" stroke={i.colour} strokeWidth="2" strokeDasharray={i.dash} />
            ) : (
              <rect width="14" height="10" fill={i.colour} />
            )}
          </svg>
          {i.name}
        </li>
      ))}
    </ul>
  );
}

/** Evenly spaced integer ticks from 0 to at least `max` (at most about 5 of them). */
export function integerTicks(max: number): number[] {
  const top = Math.max(1, max);
  const step = Math.max(1, Math.ceil(top / 5));
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) ticks.push(v);
  return ticks;
}
