-- CreateEnum
CREATE TYPE "Payer" AS ENUM ('CITY', 'COUNTY', 'UNION', 'TAX');

-- CreateEnum
CREATE TYPE "EntitlementStatus" AS ENUM ('PENDING', 'APPROVED', 'PAID', 'REJECTED');

-- CreateTable
CREATE TABLE "entitlement" (
    "id" TEXT NOT NULL,
    "rule_id" TEXT NOT NULL,
    "clause" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "beneficiary_person_id" TEXT,
    "beneficiary_organisation_id" TEXT,
    "county_code" TEXT,
    "amount" BIGINT NOT NULL,
    "status" "EntitlementStatus" NOT NULL DEFAULT 'PENDING',
    "fact_ref" TEXT NOT NULL,
    "benefit_group" TEXT NOT NULL,
    "benefit_key" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "entitlement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cost_share" (
    "entitlement_id" TEXT NOT NULL,
    "payer" "Payer" NOT NULL,
    "amount" BIGINT NOT NULL,

    CONSTRAINT "cost_share_pkey" PRIMARY KEY ("entitlement_id","payer")
);

-- CreateIndex
CREATE UNIQUE INDEX "entitlement_benefit_key_key" ON "entitlement"("benefit_key");

-- CreateIndex
CREATE INDEX "entitlement_beneficiary_person_id_idx" ON "entitlement"("beneficiary_person_id");

-- CreateIndex
CREATE INDEX "entitlement_beneficiary_organisation_id_idx" ON "entitlement"("beneficiary_organisation_id");

-- CreateIndex
CREATE INDEX "entitlement_county_code_idx" ON "entitlement"("county_code");

-- CreateIndex
CREATE INDEX "entitlement_status_idx" ON "entitlement"("status");

-- CreateIndex
CREATE INDEX "entitlement_rule_id_idx" ON "entitlement"("rule_id");

-- AddForeignKey
ALTER TABLE "cost_share" ADD CONSTRAINT "cost_share_entitlement_id_fkey" FOREIGN KEY ("entitlement_id") REFERENCES "entitlement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (Prisma does not model CHECK constraints, and its diff leaves them alone):
-- the database, not only the resolver, refuses a non-positive amount or a second/missing beneficiary.
ALTER TABLE "entitlement" ADD CONSTRAINT "entitlement_amount_positive" CHECK ("amount" > 0);
ALTER TABLE "entitlement" ADD CONSTRAINT "entitlement_one_beneficiary" CHECK (num_nonnulls("beneficiary_person_id", "beneficiary_organisation_id") = 1);
ALTER TABLE "cost_share" ADD CONSTRAINT "cost_share_amount_positive" CHECK ("amount" > 0);
