-- CreateEnum
CREATE TYPE "StudioLevel" AS ENUM ('CITY', 'NATIONAL', 'QILU_STATION', 'PROVINCIAL_WORKSTATION');

-- CreateTable
CREATE TABLE "master_studio" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "StudioLevel" NOT NULL,
    "lead_id" TEXT NOT NULL,
    "host_id" TEXT NOT NULL,
    "trade" TEXT NOT NULL,
    "approved_on" DATE NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "master_studio_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "master_studio_host_id_idx" ON "master_studio"("host_id");

-- CreateIndex
CREATE UNIQUE INDEX "master_studio_lead_id_level_key" ON "master_studio"("lead_id", "level");
