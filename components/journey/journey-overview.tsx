import { formatDate } from "@/lib/format";

type TProps = Readonly<{
  goal: string;
  constraints: string[];
  startsOn: string | null;
  endsOn: string | null;
}>;

export function timeFrameText(startsOn: string | null, endsOn: string | null): string {
  if (!startsOn && !endsOn) return "No time frame set";
  if (!endsOn) return `From ${formatDate(startsOn)}`;
  if (!startsOn) return `Until ${formatDate(endsOn)}`;
  return `${formatDate(startsOn)} – ${formatDate(endsOn)}`;
}

/** Goal, constraints and time frame: the "know your goals and constraints" step. */
export function JourneyOverview({ goal, constraints, startsOn, endsOn }: TProps) {
  return (
    <dl className="grid gap-4 md:grid-cols-3">
      <div className="min-w-0 md:col-span-2">
        <dt className="text-sm font-semibold text-slate-700">Goal</dt>
        <dd className="mt-1 whitespace-pre-line text-slate-900">{goal}</dd>
      </div>
      <div className="min-w-0">
        <dt className="text-sm font-semibold text-slate-700">Time frame</dt>
        <dd className="mt-1 text-slate-900">{timeFrameText(startsOn, endsOn)}</dd>
      </div>
      <div className="min-w-0 md:col-span-3">
        <dt className="text-sm font-semibold text-slate-700">Constraints</dt>
        <dd className="mt-1">
          {constraints.length === 0 ? (
            <span className="text-slate-600">None listed</span>
          ) : (
            <ul className="list-disc space-y-1 pl-5 text-slate-900">
              {constraints.map((c, i) => (
                <li key={`${i}-${c}`}>{c}</li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
