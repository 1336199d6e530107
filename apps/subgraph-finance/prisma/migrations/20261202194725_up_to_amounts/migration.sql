-- AlterTable
ALTER TABLE "entitlement" ADD COLUMN     "decided_amount" BIGINT,
ADD COLUMN     "decided_by" TEXT,
ADD COLUMN     "max_amount" BIGINT;
