-- AlterTable
ALTER TABLE "entitlement" ADD COLUMN     "explanation" JSONB;
