-- CreateTable
CREATE TABLE "entitlement" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "recorded_on" DATE NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "entitlement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "entitlement_person_id_idx" ON "entitlement"("person_id");
