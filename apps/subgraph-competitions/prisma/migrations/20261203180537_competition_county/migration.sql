-- AlterTable
ALTER TABLE "competition" ADD COLUMN     "county_code" TEXT;
