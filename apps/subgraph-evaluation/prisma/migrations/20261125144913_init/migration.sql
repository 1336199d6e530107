-- CreateTable
CREATE TABLE "skill_certificate" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "recorded_on" DATE NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "skill_certificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "skill_certificate_person_id_idx" ON "skill_certificate"("person_id");
