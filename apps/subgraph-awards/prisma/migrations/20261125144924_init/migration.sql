-- CreateTable
CREATE TABLE "honour" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "recorded_on" DATE NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "honour_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "honour_person_id_idx" ON "honour"("person_id");
