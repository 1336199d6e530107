-- CreateTable
CREATE TABLE "competition" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "recorded_on" DATE NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "competition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "competition_person_id_idx" ON "competition"("person_id");
