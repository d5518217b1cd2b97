/** Plain DTOs the plan pages, exports and pure helpers share (dates as ISO strings). */
import type { TStepStatus } from "./schemas";

export type TPlanStep = Readonly<{
  id: string;
  title: string;
  aspectId: string;
  level: number;
  characteristic: string;
  suggestionKey: string | null;
  notes: string;
  ownerId: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
  /** YYYY-MM-DD or null. */
  dueOn: string | null;
  status: TStepStatus;
  position: number;
  iterationId: string | null;
  completedAt: string | null;
  carriedFromId: string | null;
  /** The journey outcome the step works towards, if any. */
  outcomeId: string | null;
  outcomeName: string | null;
  version: number;
  updatedAt: string;
}>;

export type TPlanIteration = Readonly<{
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  status: "OPEN" | "CLOSED";
  baselineAssessmentId: string | null;
  closingAssessmentId: string | null;
  closedAt: string | null;
  version: number;
}>;
