-- CreateTable
CREATE TABLE "training_catalogue_line" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "programme" TEXT NOT NULL,
    "level" TEXT,
    "amount_fen" BIGINT NOT NULL,
    "split" JSONB NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE,
    "requires_certificate" BOOLEAN NOT NULL,
    "source" TEXT NOT NULL,
    "supersedes_id" TEXT,
    "created_by" TEXT NOT NULL,
    "created_by_name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "training_catalogue_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_class" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "catalogue_code" TEXT NOT NULL,
    "programme" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "county_code" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "training_class_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_completion" (
    "id" TEXT NOT NULL,
    "class_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "completed_on" DATE NOT NULL,
    "age_on_completion" INTEGER NOT NULL,
    "wants_employment" BOOLEAN NOT NULL,
    "certificate_obtained" BOOLEAN NOT NULL,
    "reached_retirement_age" BOOLEAN NOT NULL,
    "line_id" TEXT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "training_completion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "training_catalogue_line_supersedes_id_key" ON "training_catalogue_line"("supersedes_id");

-- CreateIndex
CREATE INDEX "training_catalogue_line_programme_idx" ON "training_catalogue_line"("programme");

-- CreateIndex
CREATE UNIQUE INDEX "training_catalogue_line_code_valid_from_key" ON "training_catalogue_line"("code", "valid_from");

-- CreateIndex
CREATE INDEX "training_class_county_code_idx" ON "training_class"("county_code");

-- CreateIndex
CREATE INDEX "training_class_catalogue_code_idx" ON "training_class"("catalogue_code");

-- CreateIndex
CREATE INDEX "training_class_starts_on_idx" ON "training_class"("starts_on");

-- CreateIndex
CREATE UNIQUE INDEX "training_class_provider_id_catalogue_code_starts_on_name_key" ON "training_class"("provider_id", "catalogue_code", "starts_on", "name");

-- CreateIndex
CREATE INDEX "training_completion_person_id_idx" ON "training_completion"("person_id");

-- CreateIndex
CREATE INDEX "training_completion_completed_on_idx" ON "training_completion"("completed_on");

-- CreateIndex
CREATE UNIQUE INDEX "training_completion_class_id_person_id_key" ON "training_completion"("class_id", "person_id");

-- AddForeignKey
ALTER TABLE "training_completion" ADD CONSTRAINT "training_completion_class_id_fkey" FOREIGN KEY ("class_id") REFERENCES "training_class"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
