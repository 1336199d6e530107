-- AlterTable
ALTER TABLE "honour" ADD COLUMN     "decided_by" TEXT,
ADD COLUMN     "nominated_by" TEXT;

-- CreateTable
CREATE TABLE "honour_quota" (
    "quota" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "honour_quota_pkey" PRIMARY KEY ("quota","year")
);
