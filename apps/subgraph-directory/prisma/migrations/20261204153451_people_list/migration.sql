-- DropIndex
DROP INDEX "person_county_code_idx";

-- AlterTable
ALTER TABLE "person" ADD COLUMN     "highest_level_rank" INTEGER;

-- CreateTable
CREATE TABLE "person_level" (
    "certificate_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "level_rank" INTEGER,
    "revoked" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "person_level_pkey" PRIMARY KEY ("certificate_id")
);

-- CreateTable
CREATE TABLE "fact_cursor" (
    "source" TEXT NOT NULL,
    "position" BIGINT NOT NULL DEFAULT 0,
    "head" BIGINT NOT NULL DEFAULT 0,
    "last_polled_at" TIMESTAMP(3),
    "last_error" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fact_cursor_pkey" PRIMARY KEY ("source")
);

-- CreateIndex
CREATE INDEX "person_level_person_id_idx" ON "person_level"("person_id");

-- CreateIndex
CREATE INDEX "person_county_code_name_idx" ON "person"("county_code", "name");

-- CreateIndex
CREATE INDEX "person_name_idx" ON "person"("name");

-- CreateIndex
CREATE INDEX "person_county_code_highest_level_rank_idx" ON "person"("county_code", "highest_level_rank");

-- CreateIndex
CREATE INDEX "person_highest_level_rank_idx" ON "person"("highest_level_rank");

-- A rank is a place on the eight-level ladder (0 学徒工 … 7 首席技师).
ALTER TABLE "person" ADD CONSTRAINT "person_highest_level_rank_on_ladder"
  CHECK ("highest_level_rank" BETWEEN 0 AND 7);
ALTER TABLE "person_level" ADD CONSTRAINT "person_level_rank_on_ladder"
  CHECK ("level_rank" BETWEEN 0 AND 7);
