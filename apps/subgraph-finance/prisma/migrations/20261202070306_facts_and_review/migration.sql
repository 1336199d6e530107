-- CreateEnum
CREATE TYPE "Stacking" AS ENUM ('NEW', 'TOP_UP');

-- CreateEnum
CREATE TYPE "FactOutcome" AS ENUM ('GRANTED', 'NOT_ELIGIBLE', 'NOT_HIGHER', 'CONFLICT', 'FAILED', 'CANCELLED');

-- AlterEnum (hand-edited): the old statuses map onto the new way to payment — PENDING was "awaiting review"
-- (CALCULATED), APPROVED was "reviewed" (REVIEWED); PAID and REJECTED keep their meaning. No schema prefix: every
-- subgraph's tables live in its own schema on PostgreSQL.
CREATE TYPE "EntitlementStatus_new" AS ENUM ('CALCULATED', 'REVIEWED', 'APPROVED', 'IN_PUBLICITY', 'PAYABLE', 'IN_PAYMENT', 'PAID', 'REJECTED', 'CANCELLED');
ALTER TABLE "entitlement" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "entitlement" ALTER COLUMN "status" TYPE "EntitlementStatus_new" USING (
  CASE "status"::text WHEN 'PENDING' THEN 'CALCULATED' WHEN 'APPROVED' THEN 'REVIEWED' ELSE "status"::text END
)::"EntitlementStatus_new";
ALTER TYPE "EntitlementStatus" RENAME TO "EntitlementStatus_old";
ALTER TYPE "EntitlementStatus_new" RENAME TO "EntitlementStatus";
DROP TYPE "EntitlementStatus_old";
ALTER TABLE "entitlement" ALTER COLUMN "status" SET DEFAULT 'CALCULATED';

-- CreateTable
CREATE TABLE "entitlement_history" (
    "id" TEXT NOT NULL,
    "entitlement_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "from_status" "EntitlementStatus",
    "to_status" "EntitlementStatus" NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "entitlement_history_pkey" PRIMARY KEY ("id")
);

-- DropIndex
DROP INDEX "entitlement_benefit_key_key";

-- AlterTable
ALTER TABLE "entitlement" ADD COLUMN     "approved_at" TIMESTAMP(3),
ADD COLUMN     "approved_by" TEXT,
ADD COLUMN     "fact_id" TEXT,
ADD COLUMN     "grant_amount" BIGINT,
ADD COLUMN     "previous_amount" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "rejected_reason" TEXT,
ADD COLUMN     "reviewed_at" TIMESTAMP(3),
ADD COLUMN     "reviewed_by" TEXT,
ADD COLUMN     "stacking" "Stacking" NOT NULL DEFAULT 'NEW',
ADD COLUMN     "year" INTEGER;
UPDATE "entitlement" SET "grant_amount" = "amount", "year" = EXTRACT(YEAR FROM "created_at")::int;
ALTER TABLE "entitlement" ALTER COLUMN "grant_amount" SET NOT NULL, ALTER COLUMN "year" SET NOT NULL;

-- CreateTable
CREATE TABLE "fact_cursor" (
    "source" TEXT NOT NULL,
    "position" BIGINT NOT NULL DEFAULT 0,
    "head" BIGINT NOT NULL DEFAULT 0,
    "last_polled_at" TIMESTAMP(3),
    "last_error" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fact_cursor_pkey" PRIMARY KEY ("source")
);

-- CreateTable
CREATE TABLE "fact" (
    "id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "kind" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "subject_id" TEXT NOT NULL,
    "occurred_on" DATE NOT NULL,
    "payload" JSONB NOT NULL,
    "rules_fact" JSONB,
    "names" JSONB,
    "outcome" "FactOutcome" NOT NULL,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT,
    "beneficiary_person_id" TEXT,
    "beneficiary_organisation_id" TEXT,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "fact_event_id_key" ON "fact"("event_id");

-- CreateIndex
CREATE INDEX "fact_beneficiary_person_id_idx" ON "fact"("beneficiary_person_id");

-- CreateIndex
CREATE INDEX "fact_beneficiary_organisation_id_idx" ON "fact"("beneficiary_organisation_id");

-- CreateIndex
CREATE INDEX "fact_source_subject_id_idx" ON "fact"("source", "subject_id");

-- CreateIndex
CREATE INDEX "fact_outcome_idx" ON "fact"("outcome");

-- CreateIndex
CREATE INDEX "entitlement_history_entitlement_id_at_idx" ON "entitlement_history"("entitlement_id", "at");

-- CreateIndex
CREATE INDEX "entitlement_benefit_key_idx" ON "entitlement"("benefit_key");

-- CreateIndex
CREATE UNIQUE INDEX "entitlement_fact_id_benefit_key_key" ON "entitlement"("fact_id", "benefit_key");

-- AddForeignKey
ALTER TABLE "entitlement" ADD CONSTRAINT "entitlement_fact_id_fkey" FOREIGN KEY ("fact_id") REFERENCES "fact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entitlement_history" ADD CONSTRAINT "entitlement_history_entitlement_id_fkey" FOREIGN KEY ("entitlement_id") REFERENCES "entitlement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (Prisma does not model CHECK constraints): a top-up pays the difference, never more than the grant.
ALTER TABLE "entitlement" ADD CONSTRAINT "entitlement_grant_covers_amount" CHECK ("grant_amount" >= "amount" AND "previous_amount" >= 0);
