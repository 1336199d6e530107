-- CreateEnum
CREATE TYPE "CollegeMajorKind" AS ENUM ('HIGH_LEVEL_MAJOR', 'HIGH_LEVEL_COLLEGE', 'QUALITY_COURSE', 'INTEGRATED_MAJOR', 'FEATURED_MAJOR');

-- CreateEnum
CREATE TYPE "CollegeMajorLevel" AS ENUM ('NATIONAL', 'PROVINCIAL');

-- CreateEnum
CREATE TYPE "CollegeMajorStatus" AS ENUM ('RECORDED', 'APPROVED', 'REVOKED');

-- CreateTable
CREATE TABLE "college_major" (
    "id" TEXT NOT NULL,
    "kind" "CollegeMajorKind" NOT NULL,
    "college_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "CollegeMajorLevel",
    "document_no" TEXT NOT NULL,
    "document_date" DATE NOT NULL,
    "status" "CollegeMajorStatus" NOT NULL DEFAULT 'RECORDED',
    "status_reason" TEXT,
    "recorded_by" TEXT NOT NULL,
    "approved_by" TEXT,
    "approved_at" TIMESTAMP(3),
    "live_key" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "college_major_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "college_major_live_key_key" ON "college_major"("live_key");

-- CreateIndex
CREATE INDEX "college_major_college_id_idx" ON "college_major"("college_id");

-- CreateIndex
CREATE INDEX "college_major_kind_status_idx" ON "college_major"("kind", "status");

-- CreateIndex
CREATE INDEX "college_major_document_date_idx" ON "college_major"("document_date");
