-- CreateTable
CREATE TABLE "master_studio" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "recorded_on" DATE NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "master_studio_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "master_studio_person_id_idx" ON "master_studio"("person_id");
