/**
 * Assessment campaigns (docs/campaigns.md): one round of assessments across many teams. Creating,
 * reading, reminding and closing; every function takes the caller's OrgContext and scopes to its
 * organization. The rules themselves are pure, in lib/campaigns/rules.ts.
 */
export { createCampaign, requireCampaignManager } from "./create";
export { closeCampaign, sendCampaignReminders, type TReminderResult } from "./manage";
export {
  findAssessmentCampaign,
  getCampaign,
  listCampaignRounds,
  listCampaigns,
  type TCampaignDetail,
  type TCampaignTeamProgress,
} from "./read";
