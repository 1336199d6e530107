-- CreateEnum
CREATE TYPE "CompetitionTier" AS ENUM ('WORLD', 'NATIONAL', 'PROVINCIAL', 'CITY_CATEGORY_1', 'CITY_CATEGORY_2');

-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('OPEN', 'UPHELD', 'DISMISSED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "HonourStatus" ADD VALUE 'REVIEWED';
ALTER TYPE "HonourStatus" ADD VALUE 'IN_PUBLICITY';

-- AlterTable
ALTER TABLE "honour" ADD COLUMN     "attestation" TEXT,
ADD COLUMN     "attested_by" TEXT,
ADD COLUMN     "certificate_no" TEXT,
ADD COLUMN     "competition_result_id" TEXT,
ADD COLUMN     "competition_tier" "CompetitionTier",
ADD COLUMN     "proposing_organisation_id" TEXT,
ADD COLUMN     "publicity_ends_on" DATE,
ADD COLUMN     "publicity_starts_on" DATE,
ADD COLUMN     "reason" TEXT;

-- CreateTable
CREATE TABLE "honour_score" (
    "id" TEXT NOT NULL,
    "honour_id" TEXT NOT NULL,
    "expert_name" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "entered_by" TEXT NOT NULL,
    "entered_by_name" TEXT NOT NULL,
    "entered_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "honour_score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "honour_objection" (
    "id" TEXT NOT NULL,
    "honour_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'OPEN',
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finding" TEXT,
    "resolved_by" TEXT,
    "resolved_at" TIMESTAMP(3),

    CONSTRAINT "honour_objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "honour_history" (
    "id" TEXT NOT NULL,
    "honour_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "from_status" "HonourStatus",
    "to_status" "HonourStatus" NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "honour_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "honour_certificate_counter" (
    "kind" "HonourKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "honour_certificate_counter_pkey" PRIMARY KEY ("kind","year")
);

-- CreateTable
CREATE TABLE "standing_measure" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "note" TEXT,
    "recorded_by" TEXT NOT NULL,
    "recorded_by_name" TEXT NOT NULL,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "standing_measure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "honour_score_honour_id_expert_name_key" ON "honour_score"("honour_id", "expert_name");

-- CreateIndex
CREATE INDEX "honour_objection_honour_id_idx" ON "honour_objection"("honour_id");

-- CreateIndex
CREATE INDEX "honour_history_honour_id_at_idx" ON "honour_history"("honour_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "standing_measure_person_id_measure_year_key" ON "standing_measure"("person_id", "measure", "year");

-- CreateIndex
CREATE UNIQUE INDEX "honour_certificate_no_key" ON "honour"("certificate_no");

-- AddForeignKey
ALTER TABLE "honour_score" ADD CONSTRAINT "honour_score_honour_id_fkey" FOREIGN KEY ("honour_id") REFERENCES "honour"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "honour_objection" ADD CONSTRAINT "honour_objection_honour_id_fkey" FOREIGN KEY ("honour_id") REFERENCES "honour"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "honour_history" ADD CONSTRAINT "honour_history_honour_id_fkey" FOREIGN KEY ("honour_id") REFERENCES "honour"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
