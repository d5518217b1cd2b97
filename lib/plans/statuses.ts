/**
 * A plan step's statuses, in board order. No zod here: client components (the plan board and step
 * forms) import these, and the schemas module would ship zod to the browser.
 */
export const STEP_STATUSES = ["TODO", "DOING", "DONE", "DROPPED"] as const;
export type TStepStatus = (typeof STEP_STATUSES)[number];
export const STATUS_LABELS: Record<TStepStatus, string> = {
  TODO: "To do",
  DOING: "Doing",
  DONE: "Done",
  DROPPED: "Dropped",
};
