/**
 * Assessment campaigns (docs/campaigns.md): one round of assessments across many teams. Creating,
 * reading, reminding and closing; every function takes the caller's OrgContext and scopes to its
 * organization. The rules themselves are pure, in lib/campaigns/rules.ts.
 */
export { createCampaign, requireCampaignManager } from "./create";
export { closeCampaign } from "./manage";
export { findDueReminders, type TDueCampaign, type TDueTeam } from "./due";
export {
  exportDueReminders,
  runScheduledReminders,
  sendCampaignReminders,
  type TReminderResult,
  type TReminderRun,
} from "./remind";
export {
  findAssessmentCampaign,
  getCampaign,
  listCampaignRounds,
  listCampaigns,
  type TCampaignDetail,
  type TCampaignTeamProgress,
} from "./read";
