-- CreateEnum
CREATE TYPE "ComplianceCheck" AS ENUM ('FRONTLINE_EDUCATION_FUNDS', 'E3_SOE_WAGE_GROWTH');

-- CreateTable
CREATE TABLE "compliance_report" (
    "id" TEXT NOT NULL,
    "check" "ComplianceCheck" NOT NULL,
    "enterprise_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "funds_used_fen" BIGINT,
    "frontline_fen" BIGINT,
    "high_skilled_previous_avg_fen" BIGINT,
    "high_skilled_current_avg_fen" BIGINT,
    "managers_previous_avg_fen" BIGINT,
    "managers_current_avg_fen" BIGINT,
    "state_owned" BOOLEAN NOT NULL,
    "applicable" BOOLEAN NOT NULL,
    "compliant" BOOLEAN NOT NULL,
    "conclusion" TEXT NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "compliance_report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "compliance_report_year_check_compliant_idx" ON "compliance_report"("year", "check", "compliant");

-- CreateIndex
CREATE INDEX "compliance_report_enterprise_id_idx" ON "compliance_report"("enterprise_id");

-- CreateIndex
CREATE UNIQUE INDEX "compliance_report_check_enterprise_id_year_key" ON "compliance_report"("check", "enterprise_id", "year");
