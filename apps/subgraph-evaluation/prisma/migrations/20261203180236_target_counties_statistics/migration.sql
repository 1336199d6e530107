-- AlterTable
ALTER TABLE "skill_certificate" ADD COLUMN     "county_code" TEXT;

-- CreateTable
CREATE TABLE "employed_population" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "county_code" TEXT NOT NULL DEFAULT '',
    "value" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "published_on" DATE NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "employed_population_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "target_assessment" (
    "id" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "assessed_on" DATE NOT NULL,
    "assessed_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "target_assessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "employed_population_year_county_code_recorded_at_idx" ON "employed_population"("year", "county_code", "recorded_at");

-- CreateIndex
CREATE INDEX "target_assessment_target_id_year_recorded_at_idx" ON "target_assessment"("target_id", "year", "recorded_at");

-- CreateIndex
CREATE INDEX "skill_certificate_county_code_idx" ON "skill_certificate"("county_code");
