-- CreateEnum
CREATE TYPE "CompetitionStage" AS ENUM ('RANKING', 'FINAL');

-- CreateEnum
CREATE TYPE "AwardRecordStatus" AS ENUM ('ACTIVE', 'REVOKED');

-- CreateEnum
CREATE TYPE "SkillAwardKind" AS ENUM ('WORLDSKILLS_GOLD', 'WORLDSKILLS_SILVER', 'WORLDSKILLS_BRONZE', 'CHINA_SKILLS_GRAND_AWARD', 'NATIONAL_TECHNICAL_EXPERT');

-- CreateEnum
CREATE TYPE "TalentRoute" AS ENUM ('INTRODUCED_FULL_TIME', 'CULTIVATED', 'NONE');

-- CreateEnum
CREATE TYPE "AwardWinnerKind" AS ENUM ('PERSON', 'TEAM');

-- CreateTable
CREATE TABLE "college_prize" (
    "id" TEXT NOT NULL,
    "college_id" TEXT NOT NULL,
    "event_name" TEXT NOT NULL,
    "event_key" TEXT NOT NULL,
    "entry_name" TEXT NOT NULL,
    "entry_key" TEXT NOT NULL,
    "tier" "CompetitionTier" NOT NULL,
    "stage" "CompetitionStage" NOT NULL,
    "prize" INTEGER NOT NULL,
    "document_no" TEXT NOT NULL,
    "awarded_on" DATE NOT NULL,
    "status" "AwardRecordStatus" NOT NULL DEFAULT 'ACTIVE',
    "revoke_reason" TEXT,
    "recorded_by" TEXT NOT NULL,
    "live_key" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "college_prize_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "skill_award" (
    "id" TEXT NOT NULL,
    "award" "SkillAwardKind" NOT NULL,
    "winner_kind" "AwardWinnerKind" NOT NULL,
    "team_name" TEXT,
    "awarded_on" DATE NOT NULL,
    "document_no" TEXT NOT NULL,
    "route" "TalentRoute" NOT NULL,
    "unit_id" TEXT,
    "role_percent" INTEGER,
    "competition_result_id" TEXT,
    "achievement_id" TEXT,
    "status" "AwardRecordStatus" NOT NULL DEFAULT 'ACTIVE',
    "revoke_reason" TEXT,
    "recorded_by" TEXT NOT NULL,
    "live_key" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "skill_award_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "skill_award_winner" (
    "award_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,

    CONSTRAINT "skill_award_winner_pkey" PRIMARY KEY ("award_id","person_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "college_prize_live_key_key" ON "college_prize"("live_key");

-- CreateIndex
CREATE INDEX "college_prize_college_id_idx" ON "college_prize"("college_id");

-- CreateIndex
CREATE INDEX "college_prize_awarded_on_idx" ON "college_prize"("awarded_on");

-- CreateIndex
CREATE UNIQUE INDEX "skill_award_live_key_key" ON "skill_award"("live_key");

-- CreateIndex
CREATE INDEX "skill_award_awarded_on_idx" ON "skill_award"("awarded_on");

-- CreateIndex
CREATE INDEX "skill_award_winner_person_id_idx" ON "skill_award_winner"("person_id");

-- AddForeignKey
ALTER TABLE "skill_award" ADD CONSTRAINT "skill_award_competition_result_id_fkey" FOREIGN KEY ("competition_result_id") REFERENCES "competition_result"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skill_award_winner" ADD CONSTRAINT "skill_award_winner_award_id_fkey" FOREIGN KEY ("award_id") REFERENCES "skill_award"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: Prisma's schema cannot state CHECK constraints, so the database also refuses what the resolvers refuse.
-- R14 pays the world and national vocational-college competitions' 一、二、三等奖 only.
ALTER TABLE "college_prize" ADD CONSTRAINT "college_prize_tier_covered" CHECK ("tier" IN ('WORLD', 'NATIONAL'));
ALTER TABLE "college_prize" ADD CONSTRAINT "college_prize_prize_1_to_3" CHECK ("prize" BETWEEN 1 AND 3);
-- A record in force holds its live key; a revoked one has a reason and no key (a later correct record may take it).
ALTER TABLE "college_prize" ADD CONSTRAINT "college_prize_live_or_revoked" CHECK (("status" = 'ACTIVE') = ("live_key" IS NOT NULL) AND ("status" = 'ACTIVE' OR "revoke_reason" IS NOT NULL));
-- R10: the role played, 1–100, on a WorldSkills medal only; a team wins only WorldSkills medals, and has a name.
ALTER TABLE "skill_award" ADD CONSTRAINT "skill_award_role_percent_range" CHECK ("role_percent" IS NULL OR ("role_percent" BETWEEN 1 AND 100 AND "award" IN ('WORLDSKILLS_GOLD', 'WORLDSKILLS_SILVER', 'WORLDSKILLS_BRONZE')));
ALTER TABLE "skill_award" ADD CONSTRAINT "skill_award_team_worldskills" CHECK ("winner_kind" = 'PERSON' OR ("team_name" IS NOT NULL AND "award" IN ('WORLDSKILLS_GOLD', 'WORLDSKILLS_SILVER', 'WORLDSKILLS_BRONZE')));
ALTER TABLE "skill_award" ADD CONSTRAINT "skill_award_live_or_revoked" CHECK (("status" = 'ACTIVE') = ("live_key" IS NOT NULL) AND ("status" = 'ACTIVE' OR "revoke_reason" IS NOT NULL));
