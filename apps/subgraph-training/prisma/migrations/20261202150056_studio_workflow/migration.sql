-- CreateEnum
CREATE TYPE "StudioStatus" AS ENUM ('APPLIED', 'REVIEWED', 'SELECTED', 'IN_PUBLICITY', 'APPROVED', 'SUSPENDED', 'REJECTED', 'REVOKED');

-- CreateEnum
CREATE TYPE "StudioAction" AS ENUM ('APPLY', 'REVIEW', 'REJECT', 'SELECT', 'PUBLISH', 'OBJECT', 'APPROVE', 'RECORD_HIGHER_APPROVAL', 'UPGRADE', 'ASSESS', 'SUSPEND', 'RESUME', 'REVOKE');

-- CreateEnum
CREATE TYPE "StudioAssessmentResult" AS ENUM ('PASS', 'FAIL');

-- DropIndex
DROP INDEX "master_studio_lead_id_level_key";

-- AlterTable
ALTER TABLE "master_studio" ADD COLUMN     "applied_on" DATE,
ADD COLUMN     "approved_by" TEXT,
ADD COLUMN     "document_date" DATE,
ADD COLUMN     "document_no" TEXT,
ADD COLUMN     "live_lead_level" TEXT,
ADD COLUMN     "publicity_ends_on" DATE,
ADD COLUMN     "publicity_starts_on" DATE,
ADD COLUMN     "selected_by" TEXT,
ADD COLUMN     "status" "StudioStatus" NOT NULL DEFAULT 'APPROVED',
ADD COLUMN     "status_reason" TEXT,
ADD COLUMN     "urgent_field_attested" BOOLEAN NOT NULL DEFAULT false,
ALTER COLUMN "approved_on" DROP NOT NULL;

-- Studios recorded before the workflow were approved: each keeps its lead's place at its level (the unique index
-- below replaces the old unique (lead_id, level)).
UPDATE "master_studio" SET "live_lead_level" = "lead_id" || ':' || "level"::text;

-- CreateTable
CREATE TABLE "studio_history" (
    "id" TEXT NOT NULL,
    "studio_id" TEXT NOT NULL,
    "action" "StudioAction" NOT NULL,
    "from_status" "StudioStatus",
    "to_status" "StudioStatus" NOT NULL,
    "level" "StudioLevel" NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "studio_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "studio_objection" (
    "id" TEXT NOT NULL,
    "studio_id" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "received_on" DATE NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "studio_objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "studio_assessment" (
    "id" TEXT NOT NULL,
    "studio_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "result" "StudioAssessmentResult" NOT NULL,
    "note" TEXT,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "studio_assessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "studio_history_studio_id_at_idx" ON "studio_history"("studio_id", "at");

-- CreateIndex
CREATE INDEX "studio_history_action_level_at_idx" ON "studio_history"("action", "level", "at");

-- CreateIndex
CREATE INDEX "studio_objection_studio_id_idx" ON "studio_objection"("studio_id");

-- CreateIndex
CREATE UNIQUE INDEX "studio_assessment_studio_id_year_key" ON "studio_assessment"("studio_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "master_studio_live_lead_level_key" ON "master_studio"("live_lead_level");

-- CreateIndex
CREATE INDEX "master_studio_lead_id_idx" ON "master_studio"("lead_id");

-- CreateIndex
CREATE INDEX "master_studio_status_idx" ON "master_studio"("status");

-- AddForeignKey
ALTER TABLE "studio_history" ADD CONSTRAINT "studio_history_studio_id_fkey" FOREIGN KEY ("studio_id") REFERENCES "master_studio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "studio_objection" ADD CONSTRAINT "studio_objection_studio_id_fkey" FOREIGN KEY ("studio_id") REFERENCES "master_studio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "studio_assessment" ADD CONSTRAINT "studio_assessment_studio_id_fkey" FOREIGN KEY ("studio_id") REFERENCES "master_studio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
