-- AlterTable
ALTER TABLE "competition" ADD COLUMN     "ends_on" DATE,
ADD COLUMN     "organiser" TEXT;

-- AlterTable
ALTER TABLE "competition_result" ADD COLUMN     "team_id" TEXT;

-- CreateTable
CREATE TABLE "competition_team" (
    "id" TEXT NOT NULL,
    "competition_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rank" INTEGER,
    "medal" "Medal",
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "competition_team_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "competition_team_competition_id_name_key" ON "competition_team"("competition_id", "name");

-- CreateIndex
CREATE INDEX "competition_result_team_id_idx" ON "competition_result"("team_id");

-- AddForeignKey
ALTER TABLE "competition_result" ADD CONSTRAINT "competition_result_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "competition_team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competition_team" ADD CONSTRAINT "competition_team_competition_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written, as in the init migration: the database also refuses what the resolvers refuse.
-- A competition ends on or after it starts, in its year.
ALTER TABLE "competition" ADD CONSTRAINT "competition_ends_on_in_year" CHECK ("ends_on" IS NULL OR EXTRACT(YEAR FROM "ends_on") = "year");
ALTER TABLE "competition" ADD CONSTRAINT "competition_ends_not_before_start" CHECK ("ends_on" IS NULL OR "held_on" IS NULL OR "ends_on" >= "held_on");
-- A team's 名次 counts from 1.
ALTER TABLE "competition_team" ADD CONSTRAINT "competition_team_rank_positive" CHECK ("rank" IS NULL OR "rank" >= 1);
