/** Shared code lists, as const arrays with Chinese labels (used by other packages of the platform). */

export const STUDIO_LEVELS = ['CITY', 'NATIONAL', 'QILU_STATION', 'PROVINCIAL_WORKSTATION'] as const;
export type StudioLevel = (typeof STUDIO_LEVELS)[number];
export const STUDIO_LEVEL_LABELS: Readonly<Record<StudioLevel, string>> = {
  CITY: '市级技能大师工作室',
  NATIONAL: '国家级技能大师工作室',
  QILU_STATION: '齐鲁技能大师特色工作站',
  PROVINCIAL_WORKSTATION: '省级技师工作站',
};

export const COMPETITION_TIERS = ['WORLD', 'NATIONAL', 'PROVINCIAL', 'CITY_CATEGORY_1', 'CITY_CATEGORY_2'] as const;
export type CompetitionTier = (typeof COMPETITION_TIERS)[number];
export const COMPETITION_TIER_LABELS: Readonly<Record<CompetitionTier, string>> = {
  WORLD: '世界级',
  NATIONAL: '国家级（全国）',
  PROVINCIAL: '省级',
  CITY_CATEGORY_1: '市级一类',
  CITY_CATEGORY_2: '市级二类',
};

export const HONOUR_KINDS = [
  'CHIEF_TECHNICIAN',
  'GRAND_CRAFTSMAN',
  'CRAFTSMAN',
  'HANDICRAFT_CRAFTSMAN',
  'TECHNICAL_EXPERT',
  'SKILLS_CHAMPION',
] as const;
export type HonourKind = (typeof HONOUR_KINDS)[number];
export const HONOUR_KIND_LABELS: Readonly<Record<HonourKind, string>> = {
  CHIEF_TECHNICIAN: '济宁市首席技师',
  GRAND_CRAFTSMAN: '济宁大工匠',
  CRAFTSMAN: '济宁工匠',
  HANDICRAFT_CRAFTSMAN: '济宁手造工匠',
  TECHNICAL_EXPERT: '济宁市技术能手',
  SKILLS_CHAMPION: '技能状元',
};

/** Awards of 三(九) for people (R10, R12). */
export const SKILL_AWARDS = [
  'WORLDSKILLS_GOLD',
  'WORLDSKILLS_SILVER',
  'WORLDSKILLS_BRONZE',
  'CHINA_SKILLS_GRAND_AWARD',
  'NATIONAL_TECHNICAL_EXPERT',
] as const;
export type SkillAward = (typeof SKILL_AWARDS)[number];
export const SKILL_AWARD_LABELS: Readonly<Record<SkillAward, string>> = {
  WORLDSKILLS_GOLD: '世界技能大赛金奖',
  WORLDSKILLS_SILVER: '世界技能大赛银奖',
  WORLDSKILLS_BRONZE: '世界技能大赛铜奖',
  CHINA_SKILLS_GRAND_AWARD: '中华技能大奖',
  NATIONAL_TECHNICAL_EXPERT: '全国技术能手',
};

/**
 * Graduate programmes. The three technical-school classes are those of E1 (三(七)); 预备技师班 and
 * 技师班 are one class ("预备技师（技师）班"). ASSOCIATE is a full-time 专科 programme (R5).
 */
export const GRADUATE_PROGRAMMES = ['ASSOCIATE', 'INTERMEDIATE_CLASS', 'SENIOR_CLASS', 'PRE_TECHNICIAN_CLASS', 'OTHER'] as const;
export type GraduateProgramme = (typeof GRADUATE_PROGRAMMES)[number];
export const GRADUATE_PROGRAMME_LABELS: Readonly<Record<GraduateProgramme, string>> = {
  ASSOCIATE: '全日制专科',
  INTERMEDIATE_CLASS: '中级工班',
  SENIOR_CLASS: '高级工班',
  PRE_TECHNICIAN_CLASS: '预备技师（技师）班',
  OTHER: '其他',
};

export const COMPETITION_STAGES = ['RANKING', 'FINAL', 'OTHER'] as const;
export type CompetitionStage = (typeof COMPETITION_STAGES)[number];
export const COMPETITION_STAGE_LABELS: Readonly<Record<CompetitionStage, string>> = {
  RANKING: '排位赛',
  FINAL: '总决赛',
  OTHER: '其他赛段',
};

export const TALENT_ROUTES = ['INTRODUCED_FULL_TIME', 'CULTIVATED', 'NONE'] as const;
export type TalentRoute = (typeof TALENT_ROUTES)[number];
export const TALENT_ROUTE_LABELS: Readonly<Record<TalentRoute, string>> = {
  INTRODUCED_FULL_TIME: '全职引进',
  CULTIVATED: '培养',
  NONE: '非引进或培养',
};
