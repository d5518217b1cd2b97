import type { TOutcomeActions } from "@/components/journey/outcome-detail";
import {
  addCheckInAction,
  addRequirementAction,
  deleteOutcomeAction,
  setTeamRequirementAction,
  updateRequirementAction,
} from "./outcome-actions";

/** The outcome page's server actions, as OutcomeDetail receives them (team and org journeys alike). */
export const OUTCOME_ACTIONS: TOutcomeActions = {
  deleteOutcome: deleteOutcomeAction,
  addCheckIn: addCheckInAction,
  addRequirement: addRequirementAction,
  updateRequirement: updateRequirementAction,
  setTeamRequirement: setTeamRequirementAction,
};
