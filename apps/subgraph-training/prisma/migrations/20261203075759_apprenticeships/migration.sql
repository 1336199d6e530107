-- CreateEnum
CREATE TYPE "ApprenticeshipStatus" AS ENUM ('ACTIVE', 'REVOKED');

-- CreateEnum
CREATE TYPE "ApprenticeshipYearStatus" AS ENUM ('RECORDED', 'CONFIRMED');

-- CreateTable
CREATE TABLE "apprenticeship_rate" (
    "id" TEXT NOT NULL,
    "county_code" TEXT NOT NULL,
    "effective_from" DATE NOT NULL,
    "rate_fen" BIGINT NOT NULL,
    "note" TEXT,
    "set_by" TEXT NOT NULL,
    "set_by_name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "apprenticeship_rate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "apprenticeship" (
    "id" TEXT NOT NULL,
    "enterprise_id" TEXT NOT NULL,
    "apprentice_id" TEXT NOT NULL,
    "college_id" TEXT NOT NULL,
    "county_code" TEXT NOT NULL,
    "trade" TEXT NOT NULL,
    "started_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "new_type" BOOLEAN NOT NULL,
    "status" "ApprenticeshipStatus" NOT NULL DEFAULT 'ACTIVE',
    "status_reason" TEXT,
    "recorded_by" TEXT NOT NULL,
    "live_key" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "apprenticeship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "apprenticeship_year" (
    "id" TEXT NOT NULL,
    "apprenticeship_id" TEXT NOT NULL,
    "year_number" INTEGER NOT NULL,
    "year_from" DATE NOT NULL,
    "year_to" DATE NOT NULL,
    "evidence" TEXT NOT NULL,
    "status" "ApprenticeshipYearStatus" NOT NULL DEFAULT 'RECORDED',
    "rate_fen" BIGINT,
    "rate_id" TEXT,
    "recorded_by" TEXT NOT NULL,
    "confirmed_by" TEXT,
    "confirmed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "apprenticeship_year_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "apprenticeship_rate_county_code_effective_from_key" ON "apprenticeship_rate"("county_code", "effective_from");

-- CreateIndex
CREATE UNIQUE INDEX "apprenticeship_live_key_key" ON "apprenticeship"("live_key");

-- CreateIndex
CREATE INDEX "apprenticeship_enterprise_id_idx" ON "apprenticeship"("enterprise_id");

-- CreateIndex
CREATE INDEX "apprenticeship_apprentice_id_idx" ON "apprenticeship"("apprentice_id");

-- CreateIndex
CREATE INDEX "apprenticeship_county_code_idx" ON "apprenticeship"("county_code");

-- CreateIndex
CREATE INDEX "apprenticeship_started_on_idx" ON "apprenticeship"("started_on");

-- CreateIndex
CREATE UNIQUE INDEX "apprenticeship_year_apprenticeship_id_year_number_key" ON "apprenticeship_year"("apprenticeship_id", "year_number");

-- AddForeignKey
ALTER TABLE "apprenticeship_year" ADD CONSTRAINT "apprenticeship_year_apprenticeship_id_fkey" FOREIGN KEY ("apprenticeship_id") REFERENCES "apprenticeship"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
