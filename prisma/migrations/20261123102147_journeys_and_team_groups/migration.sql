-- CreateEnum
CREATE TYPE "JourneyStatus" AS ENUM ('ACTIVE', 'ARCHIVED');

-- AlterTable
ALTER TABLE "teams" ADD COLUMN     "group" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "journeys" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "team_id" TEXT,
    "model_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "goal" TEXT NOT NULL,
    "constraints" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "starts_on" DATE,
    "ends_on" DATE,
    "status" "JourneyStatus" NOT NULL DEFAULT 'ACTIVE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "journeys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "journey_targets" (
    "journey_id" TEXT NOT NULL,
    "aspect_id" TEXT NOT NULL,
    "level" INTEGER NOT NULL,

    CONSTRAINT "journey_targets_pkey" PRIMARY KEY ("journey_id","aspect_id")
);

-- CreateTable
CREATE TABLE "journey_revisions" (
    "id" TEXT NOT NULL,
    "journey_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "edited_by_id" TEXT NOT NULL,
    "edited_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "journey_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "journeys_organization_id_team_id_status_idx" ON "journeys"("organization_id", "team_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "journey_revisions_journey_id_version_key" ON "journey_revisions"("journey_id", "version");

-- CreateIndex
CREATE INDEX "teams_organization_id_group_idx" ON "teams"("organization_id", "group");

-- AddForeignKey
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "maturity_models"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journey_targets" ADD CONSTRAINT "journey_targets_journey_id_fkey" FOREIGN KEY ("journey_id") REFERENCES "journeys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journey_revisions" ADD CONSTRAINT "journey_revisions_journey_id_fkey" FOREIGN KEY ("journey_id") REFERENCES "journeys"("id") ON DELETE CASCADE ON UPDATE CASCADE;
