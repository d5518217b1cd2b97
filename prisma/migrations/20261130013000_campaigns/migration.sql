-- CreateEnum
CREATE TYPE "CampaignMode" AS ENUM ('LEAD_ANSWERS', 'RESPONDENTS');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "campaigns" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "mode" "CampaignMode" NOT NULL DEFAULT 'LEAD_ANSWERS',
    "status" "CampaignStatus" NOT NULL DEFAULT 'OPEN',
    "selection" TEXT NOT NULL,
    "team_group" TEXT NOT NULL DEFAULT '',
    "opens_on" DATE NOT NULL,
    "due_on" DATE NOT NULL,
    "remind_days_before" INTEGER NOT NULL DEFAULT 3,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMP(3),
    "closed_by_id" TEXT,

    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_teams" (
    "campaign_id" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "assessment_id" TEXT NOT NULL,

    CONSTRAINT "campaign_teams_pkey" PRIMARY KEY ("campaign_id","team_id")
);

-- CreateTable
CREATE TABLE "campaign_reminders" (
    "campaign_id" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "sent_on" DATE NOT NULL,
    "recipients" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "campaign_reminders_pkey" PRIMARY KEY ("campaign_id","team_id","sent_on")
);

-- CreateIndex
CREATE INDEX "campaigns_organization_id_created_at_idx" ON "campaigns"("organization_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "campaigns_organization_id_title_key" ON "campaigns"("organization_id", "title");

-- CreateIndex
CREATE INDEX "campaign_teams_assessment_id_idx" ON "campaign_teams"("assessment_id");

-- CreateIndex
CREATE INDEX "campaign_teams_team_id_idx" ON "campaign_teams"("team_id");

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "maturity_models"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_teams" ADD CONSTRAINT "campaign_teams_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_teams" ADD CONSTRAINT "campaign_teams_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_teams" ADD CONSTRAINT "campaign_teams_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_reminders" ADD CONSTRAINT "campaign_reminders_campaign_id_team_id_fkey" FOREIGN KEY ("campaign_id", "team_id") REFERENCES "campaign_teams"("campaign_id", "team_id") ON DELETE CASCADE ON UPDATE CASCADE;

