-- CreateEnum
CREATE TYPE "CompetitionTier" AS ENUM ('WORLD', 'NATIONAL', 'PROVINCIAL', 'CITY_CATEGORY_1', 'CITY_CATEGORY_2');

-- CreateEnum
CREATE TYPE "Medal" AS ENUM ('GOLD', 'SILVER', 'BRONZE', 'EXCELLENCE');

-- CreateTable
CREATE TABLE "competition" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tier" "CompetitionTier" NOT NULL,
    "trade" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "held_on" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "competition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competition_result" (
    "id" TEXT NOT NULL,
    "competition_id" TEXT NOT NULL,
    "person_id" TEXT,
    "team_name" TEXT,
    "rank" INTEGER,
    "medal" "Medal",
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "competition_result_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "competition_tier_year_idx" ON "competition"("tier", "year");

-- CreateIndex
CREATE INDEX "competition_year_idx" ON "competition"("year");

-- CreateIndex
CREATE INDEX "competition_result_person_id_idx" ON "competition_result"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "competition_result_competition_id_person_id_key" ON "competition_result"("competition_id", "person_id");

-- AddForeignKey
ALTER TABLE "competition_result" ADD CONSTRAINT "competition_result_competition_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: Prisma's schema cannot state CHECK constraints, so the database also refuses what the resolvers refuse.
-- A result is for a person or a team, never neither (三(九) rewards "个人或团队").
ALTER TABLE "competition_result" ADD CONSTRAINT "competition_result_person_or_team" CHECK ("person_id" IS NOT NULL OR "team_name" IS NOT NULL);
-- 名次 counts from 1.
ALTER TABLE "competition_result" ADD CONSTRAINT "competition_result_rank_positive" CHECK ("rank" IS NULL OR "rank" >= 1);
-- A competition's date falls in its year.
ALTER TABLE "competition" ADD CONSTRAINT "competition_held_on_in_year" CHECK ("held_on" IS NULL OR EXTRACT(YEAR FROM "held_on") = "year");
