-- CreateEnum
CREATE TYPE "GraduateClass" AS ENUM ('PRE_TECHNICIAN_CLASS', 'SENIOR_CLASS');

-- CreateEnum
CREATE TYPE "GraduateHireStatus" AS ENUM ('ACTIVE', 'REVOKED');

-- CreateEnum
CREATE TYPE "GraduateYearStatus" AS ENUM ('RECORDED', 'CONFIRMED');

-- CreateTable
CREATE TABLE "graduate_hire" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "employer_id" TEXT NOT NULL,
    "school_id" TEXT NOT NULL,
    "programme" "GraduateClass" NOT NULL,
    "full_time_programme" BOOLEAN NOT NULL,
    "graduated_on" DATE NOT NULL,
    "hired_on" DATE NOT NULL,
    "full_time_contract" BOOLEAN NOT NULL,
    "status" "GraduateHireStatus" NOT NULL DEFAULT 'ACTIVE',
    "status_reason" TEXT,
    "recorded_by" TEXT NOT NULL,
    "live_hire_key" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "graduate_hire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "graduate_insured_year" (
    "id" TEXT NOT NULL,
    "hire_id" TEXT NOT NULL,
    "year_number" INTEGER NOT NULL,
    "insured_from" DATE NOT NULL,
    "insured_to" DATE NOT NULL,
    "evidence" TEXT NOT NULL,
    "status" "GraduateYearStatus" NOT NULL DEFAULT 'RECORDED',
    "recorded_by" TEXT NOT NULL,
    "confirmed_by" TEXT,
    "confirmed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "graduate_insured_year_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "graduate_hire_live_hire_key_key" ON "graduate_hire"("live_hire_key");

-- CreateIndex
CREATE INDEX "graduate_hire_person_id_idx" ON "graduate_hire"("person_id");

-- CreateIndex
CREATE INDEX "graduate_hire_employer_id_idx" ON "graduate_hire"("employer_id");

-- CreateIndex
CREATE INDEX "graduate_hire_hired_on_idx" ON "graduate_hire"("hired_on");

-- CreateIndex
CREATE UNIQUE INDEX "graduate_insured_year_hire_id_year_number_key" ON "graduate_insured_year"("hire_id", "year_number");

-- AddForeignKey
ALTER TABLE "graduate_insured_year" ADD CONSTRAINT "graduate_insured_year_hire_id_fkey" FOREIGN KEY ("hire_id") REFERENCES "graduate_hire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
