-- CreateEnum
CREATE TYPE "CountyKind" AS ENUM ('DISTRICT', 'COUNTY', 'COUNTY_LEVEL_CITY', 'FUNCTIONAL_ZONE');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('ENTERPRISE', 'VOCATIONAL_COLLEGE', 'TECHNICAL_SCHOOL', 'EVALUATION_ORGANISATION');

-- CreateTable
CREATE TABLE "county" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CountyKind" NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "county_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "person" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "id_number" TEXT NOT NULL,
    "birth_date" DATE NOT NULL,
    "gender" "Gender" NOT NULL,
    "county_code" TEXT NOT NULL,
    "employer_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "credit_code" TEXT NOT NULL,
    "county_code" TEXT NOT NULL,
    "state_owned" BOOLEAN NOT NULL DEFAULT false,
    "climbing" BOOLEAN NOT NULL DEFAULT false,
    "industry_education_integration" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "person_id_number_key" ON "person"("id_number");

-- CreateIndex
CREATE INDEX "person_county_code_idx" ON "person"("county_code");

-- CreateIndex
CREATE INDEX "person_employer_id_idx" ON "person"("employer_id");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_credit_code_key" ON "organisation"("credit_code");

-- CreateIndex
CREATE INDEX "organisation_county_code_idx" ON "organisation"("county_code");

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_county_code_fkey" FOREIGN KEY ("county_code") REFERENCES "county"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_county_code_fkey" FOREIGN KEY ("county_code") REFERENCES "county"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
