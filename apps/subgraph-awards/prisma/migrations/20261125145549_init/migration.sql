-- CreateEnum
CREATE TYPE "HonourKind" AS ENUM ('CHIEF_TECHNICIAN', 'GRAND_CRAFTSMAN', 'CRAFTSMAN', 'HANDICRAFT_CRAFTSMAN', 'TECHNICAL_EXPERT', 'SKILLS_CHAMPION');

-- CreateEnum
CREATE TYPE "HonourStatus" AS ENUM ('NOMINATED', 'APPROVED', 'REJECTED', 'REVOKED');

-- CreateTable
CREATE TABLE "honour" (
    "id" TEXT NOT NULL,
    "kind" "HonourKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "person_id" TEXT NOT NULL,
    "status" "HonourStatus" NOT NULL DEFAULT 'NOMINATED',
    "citation" TEXT,
    "decided_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "honour_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "honour_kind_year_idx" ON "honour"("kind", "year");

-- CreateIndex
CREATE UNIQUE INDEX "honour_person_id_kind_year_key" ON "honour"("person_id", "kind", "year");
