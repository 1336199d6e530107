-- AlterTable
ALTER TABLE "craftsman_college" ADD COLUMN     "county_code" TEXT;

-- AlterTable
ALTER TABLE "master_studio" ADD COLUMN     "county_code" TEXT;
