-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('OFF', 'MONTHLY', 'QUARTERLY');

-- AlterTable
ALTER TABLE "memberships" ADD COLUMN     "digest_frequency" "DigestFrequency" NOT NULL DEFAULT 'OFF';

-- CreateTable
CREATE TABLE "digest_runs" (
    "organization_id" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "lease_owner" TEXT NOT NULL,
    "lease_until" TIMESTAMP(3) NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMP(3),

    CONSTRAINT "digest_runs_pkey" PRIMARY KEY ("organization_id","period")
);

-- CreateTable
CREATE TABLE "digest_deliveries" (
    "membership_id" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "digest_deliveries_pkey" PRIMARY KEY ("membership_id","period")
);

-- CreateIndex
CREATE INDEX "digest_deliveries_organization_id_period_idx" ON "digest_deliveries"("organization_id", "period");

-- AddForeignKey
ALTER TABLE "digest_runs" ADD CONSTRAINT "digest_runs_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE CASCADE;
