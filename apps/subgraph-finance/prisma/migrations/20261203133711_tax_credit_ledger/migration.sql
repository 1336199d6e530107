-- CreateTable
CREATE TABLE "tax_credit_line" (
    "id" TEXT NOT NULL,
    "enterprise_id" TEXT NOT NULL,
    "tax_year" INTEGER NOT NULL,
    "record_id" TEXT NOT NULL,
    "pilot_enterprise" BOOLEAN NOT NULL,
    "investment_fen" BIGINT NOT NULL,
    "surcharge_due_fen" BIGINT NOT NULL,
    "carried_in_fen" BIGINT NOT NULL,
    "earned_fen" BIGINT NOT NULL,
    "used_fen" BIGINT NOT NULL,
    "carried_forward_fen" BIGINT NOT NULL,
    "conclusion" TEXT NOT NULL,
    "fact_id" TEXT NOT NULL,
    "entitlement_id" TEXT,
    "computed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tax_credit_line_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tax_credit_line_enterprise_id_tax_year_key" ON "tax_credit_line"("enterprise_id", "tax_year");

-- The ledger's arithmetic: what was available (carried in + earned) is used or carried forward, never more; nothing
-- is used beyond the surcharges due; no amount is negative.
ALTER TABLE "tax_credit_line" ADD CONSTRAINT "tax_credit_line_amounts_check" CHECK (
  "investment_fen" >= 0 AND "surcharge_due_fen" >= 0 AND "carried_in_fen" >= 0 AND "earned_fen" >= 0
  AND "used_fen" >= 0 AND "carried_forward_fen" >= 0
  AND "used_fen" <= "surcharge_due_fen"
  AND "used_fen" + "carried_forward_fen" <= "carried_in_fen" + "earned_fen"
);
