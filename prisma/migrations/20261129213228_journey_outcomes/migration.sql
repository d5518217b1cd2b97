-- CreateEnum
CREATE TYPE "OutcomeKind" AS ENUM ('METRIC', 'CHECKLIST');

-- CreateEnum
CREATE TYPE "RequirementStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE');

-- AlterTable
ALTER TABLE "plan_steps" ADD COLUMN     "outcome_id" TEXT;

-- CreateTable
CREATE TABLE "journey_outcomes" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "journey_id" TEXT NOT NULL,
    "kind" "OutcomeKind" NOT NULL DEFAULT 'METRIC',
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "baseline" DOUBLE PRECISION NOT NULL,
    "baseline_on" DATE NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "deadline" DATE NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "journey_outcomes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outcome_check_ins" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "outcome_id" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "checked_on" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outcome_check_ins_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outcome_requirements" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "outcome_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "owner_id" TEXT,
    "due_on" DATE,
    "status" "RequirementStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "evidence" TEXT NOT NULL DEFAULT '',
    "per_team" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "outcome_requirements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "requirement_team_statuses" (
    "requirement_id" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "status" "RequirementStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "evidence" TEXT NOT NULL DEFAULT '',
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "requirement_team_statuses_pkey" PRIMARY KEY ("requirement_id","team_id")
);

-- CreateIndex
CREATE INDEX "journey_outcomes_organization_id_journey_id_position_idx" ON "journey_outcomes"("organization_id", "journey_id", "position");

-- CreateIndex
CREATE INDEX "outcome_check_ins_outcome_id_checked_on_idx" ON "outcome_check_ins"("outcome_id", "checked_on");

-- CreateIndex
CREATE INDEX "outcome_requirements_outcome_id_position_idx" ON "outcome_requirements"("outcome_id", "position");

-- CreateIndex
CREATE INDEX "requirement_team_statuses_team_id_idx" ON "requirement_team_statuses"("team_id");

-- AddForeignKey
ALTER TABLE "plan_steps" ADD CONSTRAINT "plan_steps_outcome_id_fkey" FOREIGN KEY ("outcome_id") REFERENCES "journey_outcomes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journey_outcomes" ADD CONSTRAINT "journey_outcomes_journey_id_fkey" FOREIGN KEY ("journey_id") REFERENCES "journeys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outcome_check_ins" ADD CONSTRAINT "outcome_check_ins_outcome_id_fkey" FOREIGN KEY ("outcome_id") REFERENCES "journey_outcomes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outcome_requirements" ADD CONSTRAINT "outcome_requirements_outcome_id_fkey" FOREIGN KEY ("outcome_id") REFERENCES "journey_outcomes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outcome_requirements" ADD CONSTRAINT "outcome_requirements_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "requirement_team_statuses" ADD CONSTRAINT "requirement_team_statuses_requirement_id_fkey" FOREIGN KEY ("requirement_id") REFERENCES "outcome_requirements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "requirement_team_statuses" ADD CONSTRAINT "requirement_team_statuses_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
