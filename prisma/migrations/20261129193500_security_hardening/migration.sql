-- AlterTable
ALTER TABLE "workshop_items" ADD COLUMN     "consensus_version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "workshops" ADD COLUMN     "cancelled_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "assessment_respondent_removals" (
    "assessment_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "removed_by_id" TEXT NOT NULL,
    "removed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_respondent_removals_pkey" PRIMARY KEY ("assessment_id","user_id")
);

-- AddForeignKey
ALTER TABLE "assessment_respondent_removals" ADD CONSTRAINT "assessment_respondent_removals_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

