-- CreateEnum
CREATE TYPE "GraduateProgramme" AS ENUM ('ASSOCIATE', 'INTERMEDIATE_CLASS', 'SENIOR_CLASS', 'PRE_TECHNICIAN_CLASS', 'OTHER');

-- CreateEnum
CREATE TYPE "OrderClassReportStatus" AS ENUM ('SUBMITTED', 'CONFIRMED', 'REVOKED');

-- CreateTable
CREATE TABLE "order_class_agreement" (
    "id" TEXT NOT NULL,
    "enterprise_id" TEXT NOT NULL,
    "college_id" TEXT NOT NULL,
    "county_code" TEXT NOT NULL,
    "class_name" TEXT NOT NULL,
    "programme" "GraduateProgramme" NOT NULL,
    "contract_years" INTEGER NOT NULL,
    "started_on" DATE NOT NULL,
    "city_college" BOOLEAN NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_class_agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_class_hiring_report" (
    "id" TEXT NOT NULL,
    "enterprise_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "county_code" TEXT NOT NULL,
    "key_enterprise_or_project" BOOLEAN NOT NULL,
    "key_evidence" TEXT,
    "status" "OrderClassReportStatus" NOT NULL DEFAULT 'SUBMITTED',
    "status_reason" TEXT,
    "recorded_by" TEXT NOT NULL,
    "confirmed_by" TEXT,
    "confirmed_at" TIMESTAMP(3),
    "live_key" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "order_class_hiring_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_class_hire" (
    "id" TEXT NOT NULL,
    "report_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "hire_date" DATE NOT NULL,
    "full_time" BOOLEAN NOT NULL,
    "programme" "GraduateProgramme" NOT NULL,
    "full_time_programme" BOOLEAN NOT NULL,
    "contract_years" INTEGER NOT NULL,
    "agreement_id" TEXT NOT NULL,

    CONSTRAINT "order_class_hire_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_class_agreement_college_id_idx" ON "order_class_agreement"("college_id");

-- CreateIndex
CREATE INDEX "order_class_agreement_county_code_idx" ON "order_class_agreement"("county_code");

-- CreateIndex
CREATE UNIQUE INDEX "order_class_agreement_enterprise_id_college_id_class_name_key" ON "order_class_agreement"("enterprise_id", "college_id", "class_name");

-- CreateIndex
CREATE UNIQUE INDEX "order_class_hiring_report_live_key_key" ON "order_class_hiring_report"("live_key");

-- CreateIndex
CREATE INDEX "order_class_hiring_report_enterprise_id_idx" ON "order_class_hiring_report"("enterprise_id");

-- CreateIndex
CREATE INDEX "order_class_hiring_report_year_status_idx" ON "order_class_hiring_report"("year", "status");

-- CreateIndex
CREATE INDEX "order_class_hiring_report_county_code_idx" ON "order_class_hiring_report"("county_code");

-- CreateIndex
CREATE INDEX "order_class_hire_person_id_idx" ON "order_class_hire"("person_id");

-- CreateIndex
CREATE INDEX "order_class_hire_agreement_id_idx" ON "order_class_hire"("agreement_id");

-- CreateIndex
CREATE UNIQUE INDEX "order_class_hire_report_id_person_id_key" ON "order_class_hire"("report_id", "person_id");

-- AddForeignKey
ALTER TABLE "order_class_hire" ADD CONSTRAINT "order_class_hire_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "order_class_hiring_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_class_hire" ADD CONSTRAINT "order_class_hire_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "order_class_agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
