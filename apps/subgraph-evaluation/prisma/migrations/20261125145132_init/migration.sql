-- CreateEnum
CREATE TYPE "SkillLevel" AS ENUM ('APPRENTICE', 'ELEMENTARY', 'INTERMEDIATE', 'SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN', 'PRINCIPAL_TECHNICIAN', 'CHIEF_TECHNICIAN');

-- CreateEnum
CREATE TYPE "CertificationRoute" AS ENUM ('SKILL_LEVEL_CERTIFICATION', 'VOCATIONAL_QUALIFICATION', 'DIRECT_CERTIFICATION', 'ONE_EXAM_TWO_CERTIFICATES');

-- CreateTable
CREATE TABLE "skill_certificate" (
    "id" TEXT NOT NULL,
    "certificate_no" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "level" "SkillLevel" NOT NULL,
    "occupation" TEXT NOT NULL,
    "issuer_id" TEXT NOT NULL,
    "issued_on" DATE NOT NULL,
    "route" "CertificationRoute" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "skill_certificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "skill_certificate_certificate_no_key" ON "skill_certificate"("certificate_no");

-- CreateIndex
CREATE INDEX "skill_certificate_person_id_issued_on_idx" ON "skill_certificate"("person_id", "issued_on");

-- CreateIndex
CREATE INDEX "skill_certificate_level_idx" ON "skill_certificate"("level");
