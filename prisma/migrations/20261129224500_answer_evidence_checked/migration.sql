-- AlterTable
ALTER TABLE "answers" ADD COLUMN     "evidence_checked_on" DATE;

-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "evidence_freshness_days" INTEGER NOT NULL DEFAULT 180;

-- Existing evidence links count as checked when the answer was last saved.
UPDATE "answers" SET "evidence_checked_on" = "updated_at"::date WHERE "evidence_url" <> '';
