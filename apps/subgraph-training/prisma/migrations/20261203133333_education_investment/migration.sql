-- CreateTable
CREATE TABLE "education_investment" (
    "id" TEXT NOT NULL,
    "enterprise_id" TEXT NOT NULL,
    "tax_year" INTEGER NOT NULL,
    "pilot_enterprise" BOOLEAN NOT NULL,
    "document_no" TEXT,
    "document_date" DATE,
    "investment_fen" BIGINT NOT NULL,
    "surcharge_due_fen" BIGINT NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "education_investment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "education_investment_tax_year_pilot_enterprise_idx" ON "education_investment"("tax_year", "pilot_enterprise");

-- CreateIndex
CREATE UNIQUE INDEX "education_investment_enterprise_id_tax_year_key" ON "education_investment"("enterprise_id", "tax_year");

-- Amounts are never negative; a pilot enterprise's record names its listing document.
ALTER TABLE "education_investment" ADD CONSTRAINT "education_investment_amounts_check"
  CHECK ("investment_fen" >= 0 AND "surcharge_due_fen" >= 0);
ALTER TABLE "education_investment" ADD CONSTRAINT "education_investment_document_check"
  CHECK (NOT "pilot_enterprise" OR ("document_no" IS NOT NULL AND "document_date" IS NOT NULL));
