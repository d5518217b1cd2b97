-- CreateEnum
CREATE TYPE "AssessmentMode" AS ENUM ('SOLO', 'COLLABORATIVE', 'WORKSHOP');

-- CreateEnum
CREATE TYPE "PlanStepStatus" AS ENUM ('TODO', 'DOING', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "PlanIterationStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "WorkshopStatus" AS ENUM ('LOBBY', 'RUNNING', 'ENDED');

-- AlterTable
ALTER TABLE "assessments" ADD COLUMN     "mode" "AssessmentMode" NOT NULL DEFAULT 'SOLO',
ADD COLUMN     "responses_closed_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "plan_iterations" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "journey_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "status" "PlanIterationStatus" NOT NULL DEFAULT 'OPEN',
    "baseline_assessment_id" TEXT,
    "closing_assessment_id" TEXT,
    "closed_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "plan_iterations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_steps" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "journey_id" TEXT NOT NULL,
    "iteration_id" TEXT,
    "aspect_id" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "characteristic" TEXT NOT NULL DEFAULT '',
    "suggestion_key" TEXT,
    "title" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "owner_id" TEXT,
    "due_on" DATE,
    "status" "PlanStepStatus" NOT NULL DEFAULT 'TODO',
    "position" INTEGER NOT NULL,
    "completed_at" TIMESTAMP(3),
    "carried_from_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "plan_steps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_respondents" (
    "assessment_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "invited_by_id" TEXT NOT NULL,
    "invited_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "assessment_respondents_pkey" PRIMARY KEY ("assessment_id","user_id")
);

-- CreateTable
CREATE TABLE "responses" (
    "assessment_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "level" INTEGER,
    "not_sure" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT NOT NULL DEFAULT '',
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "responses_pkey" PRIMARY KEY ("assessment_id","user_id","question_id")
);

-- CreateTable
CREATE TABLE "workshops" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "assessment_id" TEXT NOT NULL,
    "facilitator_id" TEXT NOT NULL,
    "join_code" TEXT NOT NULL,
    "status" "WorkshopStatus" NOT NULL DEFAULT 'LOBBY',
    "question_index" INTEGER NOT NULL DEFAULT 0,
    "revealed" BOOLEAN NOT NULL DEFAULT false,
    "question_started_at" TIMESTAMP(3),
    "timer_seconds" INTEGER,
    "seq" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "ended_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "workshops_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workshop_participants" (
    "id" TEXT NOT NULL,
    "workshop_id" TEXT NOT NULL,
    "user_id" TEXT,
    "display_name" TEXT NOT NULL,
    "guest_token_hash" TEXT,
    "joined_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workshop_participants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workshop_votes" (
    "workshop_id" TEXT NOT NULL,
    "participant_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "level" INTEGER,
    "not_sure" BOOLEAN NOT NULL DEFAULT false,
    "cast_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workshop_votes_pkey" PRIMARY KEY ("workshop_id","participant_id","question_id")
);

-- CreateTable
CREATE TABLE "workshop_items" (
    "workshop_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "revealed_at" TIMESTAMP(3),
    "consensus_level" INTEGER,
    "consensus_not_sure" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT NOT NULL DEFAULT '',
    "recorded_at" TIMESTAMP(3),

    CONSTRAINT "workshop_items_pkey" PRIMARY KEY ("workshop_id","question_id")
);

-- CreateIndex
CREATE INDEX "plan_iterations_organization_id_journey_id_starts_on_idx" ON "plan_iterations"("organization_id", "journey_id", "starts_on");

-- CreateIndex
CREATE INDEX "plan_steps_organization_id_journey_id_position_idx" ON "plan_steps"("organization_id", "journey_id", "position");

-- CreateIndex
CREATE INDEX "plan_steps_iteration_id_idx" ON "plan_steps"("iteration_id");

-- CreateIndex
CREATE INDEX "plan_steps_owner_id_idx" ON "plan_steps"("owner_id");

-- CreateIndex
CREATE INDEX "assessment_respondents_user_id_idx" ON "assessment_respondents"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "workshops_assessment_id_key" ON "workshops"("assessment_id");

-- CreateIndex
CREATE UNIQUE INDEX "workshops_join_code_key" ON "workshops"("join_code");

-- CreateIndex
CREATE INDEX "workshops_organization_id_created_at_idx" ON "workshops"("organization_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "workshop_participants_guest_token_hash_key" ON "workshop_participants"("guest_token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "workshop_participants_workshop_id_user_id_key" ON "workshop_participants"("workshop_id", "user_id");

-- CreateIndex
CREATE INDEX "workshop_votes_workshop_id_question_id_idx" ON "workshop_votes"("workshop_id", "question_id");

-- AddForeignKey
ALTER TABLE "plan_iterations" ADD CONSTRAINT "plan_iterations_journey_id_fkey" FOREIGN KEY ("journey_id") REFERENCES "journeys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_steps" ADD CONSTRAINT "plan_steps_journey_id_fkey" FOREIGN KEY ("journey_id") REFERENCES "journeys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_steps" ADD CONSTRAINT "plan_steps_iteration_id_fkey" FOREIGN KEY ("iteration_id") REFERENCES "plan_iterations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_steps" ADD CONSTRAINT "plan_steps_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_respondents" ADD CONSTRAINT "assessment_respondents_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_respondents" ADD CONSTRAINT "assessment_respondents_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responses" ADD CONSTRAINT "responses_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responses" ADD CONSTRAINT "responses_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshop_participants" ADD CONSTRAINT "workshop_participants_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshop_votes" ADD CONSTRAINT "workshop_votes_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshop_votes" ADD CONSTRAINT "workshop_votes_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "workshop_participants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshop_items" ADD CONSTRAINT "workshop_items_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshops"("id") ON DELETE CASCADE ON UPDATE CASCADE;
