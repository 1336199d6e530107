-- CreateEnum
CREATE TYPE "PublicityStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('OPEN', 'UPHELD', 'DISMISSED');

-- CreateEnum
CREATE TYPE "PaymentBatchStatus" AS ENUM ('OPEN', 'SETTLED');

-- CreateEnum
CREATE TYPE "PaymentLineStatus" AS ENUM ('IN_BATCH', 'PAID', 'RETURNED');

-- CreateTable
CREATE TABLE "budget" (
    "id" TEXT NOT NULL,
    "payer" "Payer" NOT NULL,
    "county_code" TEXT NOT NULL DEFAULT '',
    "year" INTEGER NOT NULL,
    "benefit_group" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "updated_by" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "publicity_batch" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "window_days" INTEGER NOT NULL,
    "status" "PublicityStatus" NOT NULL DEFAULT 'OPEN',
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_by" TEXT,
    "closed_at" TIMESTAMP(3),

    CONSTRAINT "publicity_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "publicity_line" (
    "id" TEXT NOT NULL,
    "batch_id" TEXT NOT NULL,
    "entitlement_id" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,

    CONSTRAINT "publicity_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "objection" (
    "id" TEXT NOT NULL,
    "line_id" TEXT NOT NULL,
    "entitlement_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'OPEN',
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_by" TEXT,
    "resolved_at" TIMESTAMP(3),
    "resolution" TEXT,

    CONSTRAINT "objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_batch" (
    "id" TEXT NOT NULL,
    "payer" "Payer" NOT NULL,
    "county_code" TEXT,
    "total" BIGINT NOT NULL,
    "line_count" INTEGER NOT NULL,
    "status" "PaymentBatchStatus" NOT NULL DEFAULT 'OPEN',
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payment_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_line" (
    "id" TEXT NOT NULL,
    "batch_id" TEXT NOT NULL,
    "entitlement_id" TEXT NOT NULL,
    "payer" "Payer" NOT NULL,
    "amount" BIGINT NOT NULL,
    "status" "PaymentLineStatus" NOT NULL DEFAULT 'IN_BATCH',
    "reference" TEXT,
    "paid_on" DATE,
    "returned_reason" TEXT,
    "settled_by" TEXT,
    "settled_at" TIMESTAMP(3),

    CONSTRAINT "payment_line_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "budget_year_idx" ON "budget"("year");

-- CreateIndex
CREATE UNIQUE INDEX "budget_payer_county_code_year_benefit_group_key" ON "budget"("payer", "county_code", "year", "benefit_group");

-- CreateIndex
CREATE INDEX "publicity_batch_status_idx" ON "publicity_batch"("status");

-- CreateIndex
CREATE UNIQUE INDEX "publicity_line_entitlement_id_key" ON "publicity_line"("entitlement_id");

-- CreateIndex
CREATE INDEX "publicity_line_batch_id_idx" ON "publicity_line"("batch_id");

-- CreateIndex
CREATE INDEX "objection_line_id_idx" ON "objection"("line_id");

-- CreateIndex
CREATE INDEX "objection_entitlement_id_idx" ON "objection"("entitlement_id");

-- CreateIndex
CREATE INDEX "payment_batch_payer_county_code_idx" ON "payment_batch"("payer", "county_code");

-- CreateIndex
CREATE INDEX "payment_line_batch_id_idx" ON "payment_line"("batch_id");

-- CreateIndex
CREATE INDEX "payment_line_entitlement_id_payer_idx" ON "payment_line"("entitlement_id", "payer");

-- CreateIndex
CREATE INDEX "payment_line_status_idx" ON "payment_line"("status");

-- AddForeignKey
ALTER TABLE "publicity_line" ADD CONSTRAINT "publicity_line_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "publicity_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publicity_line" ADD CONSTRAINT "publicity_line_entitlement_id_fkey" FOREIGN KEY ("entitlement_id") REFERENCES "entitlement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objection" ADD CONSTRAINT "objection_line_id_fkey" FOREIGN KEY ("line_id") REFERENCES "publicity_line"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objection" ADD CONSTRAINT "objection_entitlement_id_fkey" FOREIGN KEY ("entitlement_id") REFERENCES "entitlement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_line" ADD CONSTRAINT "payment_line_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "payment_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_line" ADD CONSTRAINT "payment_line_entitlement_id_fkey" FOREIGN KEY ("entitlement_id") REFERENCES "entitlement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_line" ADD CONSTRAINT "payment_line_entitlement_id_payer_fkey" FOREIGN KEY ("entitlement_id", "payer") REFERENCES "cost_share"("entitlement_id", "payer") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (Prisma does not model CHECK constraints or partial indexes, and its diff leaves them alone):
-- a budget is cash (TAX is a credit against taxes due), a COUNTY budget names its county and no other does, and it
-- is never negative.
ALTER TABLE "budget" ADD CONSTRAINT "budget_cash_payer" CHECK ("payer" <> 'TAX');
ALTER TABLE "budget" ADD CONSTRAINT "budget_county_for_county_payer" CHECK (("payer" = 'COUNTY') = ("county_code" <> ''));
ALTER TABLE "budget" ADD CONSTRAINT "budget_amount_not_negative" CHECK ("amount" >= 0);
-- The objection window ends on or after the day before it starts (0 days: closable at once, for a deployment that
-- allows it), and a batch is closed by someone at some time.
ALTER TABLE "publicity_batch" ADD CONSTRAINT "publicity_batch_window" CHECK ("window_days" >= 0 AND "ends_on" = "starts_on" + "window_days" - 1);
ALTER TABLE "publicity_batch" ADD CONSTRAINT "publicity_batch_closed" CHECK (("status" = 'CLOSED') = ("closed_at" IS NOT NULL));
-- Cash only in payment batches; a COUNTY batch names its county and no other does.
ALTER TABLE "payment_batch" ADD CONSTRAINT "payment_batch_cash_payer" CHECK ("payer" <> 'TAX');
ALTER TABLE "payment_batch" ADD CONSTRAINT "payment_batch_county_for_county_payer" CHECK (("payer" = 'COUNTY') = ("county_code" IS NOT NULL));
ALTER TABLE "payment_line" ADD CONSTRAINT "payment_line_amount_positive" CHECK ("amount" > 0);
ALTER TABLE "payment_line" ADD CONSTRAINT "payment_line_paid_with_reference" CHECK ("status" <> 'PAID' OR ("reference" IS NOT NULL AND "paid_on" IS NOT NULL));
-- A share is in at most one batch at a time and paid at most once: one line that is not RETURNED per share.
CREATE UNIQUE INDEX "payment_line_one_live_per_share" ON "payment_line"("entitlement_id", "payer") WHERE "status" <> 'RETURNED';
