-- CreateEnum
CREATE TYPE "CraftsmanCollegeStatus" AS ENUM ('APPLIED', 'REVIEWED', 'APPROVED', 'REJECTED', 'REVOKED');

-- CreateEnum
CREATE TYPE "CraftsmanCollegeAction" AS ENUM ('APPLY', 'REVIEW', 'REJECT', 'APPROVE', 'REVOKE');

-- CreateTable
CREATE TABLE "craftsman_college" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "CraftsmanCollegeStatus" NOT NULL DEFAULT 'APPLIED',
    "host_id" TEXT NOT NULL,
    "founded_on" DATE NOT NULL,
    "applied_on" DATE NOT NULL,
    "reviewed_by" TEXT,
    "approved_by" TEXT,
    "approved_on" DATE,
    "status_reason" TEXT,
    "live_host_name" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "craftsman_college_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "craftsman_college_history" (
    "id" TEXT NOT NULL,
    "college_id" TEXT NOT NULL,
    "action" "CraftsmanCollegeAction" NOT NULL,
    "from_status" "CraftsmanCollegeStatus",
    "to_status" "CraftsmanCollegeStatus" NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "craftsman_college_history_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "craftsman_college_live_host_name_key" ON "craftsman_college"("live_host_name");

-- CreateIndex
CREATE INDEX "craftsman_college_host_id_idx" ON "craftsman_college"("host_id");

-- CreateIndex
CREATE INDEX "craftsman_college_status_idx" ON "craftsman_college"("status");

-- CreateIndex
CREATE INDEX "craftsman_college_history_college_id_at_idx" ON "craftsman_college_history"("college_id", "at");

-- AddForeignKey
ALTER TABLE "craftsman_college_history" ADD CONSTRAINT "craftsman_college_history_college_id_fkey" FOREIGN KEY ("college_id") REFERENCES "craftsman_college"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
