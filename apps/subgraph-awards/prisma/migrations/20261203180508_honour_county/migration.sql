-- AlterTable
ALTER TABLE "honour" ADD COLUMN     "county_code" TEXT;
