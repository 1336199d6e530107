-- AlterTable
ALTER TABLE "skill_certificate" ADD COLUMN     "revoked_at" TIMESTAMP(3),
ADD COLUMN     "revoked_by" TEXT,
ADD COLUMN     "revoked_reason" TEXT;
