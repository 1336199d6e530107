/**
 * The policy's own words as vocabularies (codes, Chinese and English labels, order): studio levels, competition
 * tiers and medals, honour kinds, awards, programmes. Other code lists of the policy live beside the concept they
 * belong to (the ladder in ladder.ts, payers in payers.ts, bodies in bodies.ts); the platform's own words are in
 * platform-words.ts.
 */
import { defineVocabulary } from './define.ts';

/** The new eight-level ladder (新“八级工”, 四(十)), lowest first. */
export const SKILL_LEVEL = defineVocabulary(
  'SkillLevel',
  '职业技能等级（新“八级工”职业技能等级序列，四(十)），由低到高：学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师',
  {
    APPRENTICE: { zh: '学徒工', en: 'Apprentice' },
    ELEMENTARY: { zh: '初级工', en: 'Elementary worker (level 5)' },
    INTERMEDIATE: { zh: '中级工', en: 'Intermediate worker (level 4)' },
    SENIOR: { zh: '高级工', en: 'Senior worker (level 3)' },
    TECHNICIAN: { zh: '技师', en: 'Technician (level 2)' },
    SENIOR_TECHNICIAN: { zh: '高级技师', en: 'Senior technician (level 1)' },
    PRINCIPAL_TECHNICIAN: { zh: '特级技师', en: 'Principal technician' },
    CHIEF_TECHNICIAN: { zh: '首席技师', en: 'Chief technician' },
  },
);
/** Ways to obtain a level (四(十)–(十二)). */
export const CERTIFICATION_ROUTE = defineVocabulary('CertificationRoute', '取得等级的途径（四(十)–(十二)）', {
  VOCATIONAL_QUALIFICATION: { zh: '职业资格评价', en: 'Vocational qualification', clause: '四(十)' },
  SKILL_LEVEL_CERTIFICATION: {
    zh: '职业技能等级认定',
    en: 'Skill-level certification (enterprise, college or evaluation organisation)',
    clause: '四(十)',
  },
  SPECIAL_ABILITY_ASSESSMENT: { zh: '专项职业能力考核', en: 'Special vocational ability assessment', clause: '四(十)' },
  DIRECT_CERTIFICATION: {
    zh: '企业直接认定高级工以上职业技能等级（打破学历、资历、年龄、比例限制）',
    en: 'Direct certification at 高级工 or above by an enterprise, waiving education, seniority, age and ratio limits',
    short: '企业直接认定',
    clause: '四(十一)',
  },
  ONE_EXAM_TWO_CERTIFICATES: {
    zh: '一试双证',
    en: 'One exam, an industry certificate and a skill-level certificate',
    clause: '四(十一)',
  },
  DIPLOMA_PLUS_CERTIFICATES: {
    zh: '学历证书＋若干职业技能证书',
    en: 'Diploma plus skill certificates',
    clause: '四(十二)',
  },
});

export const STUDIO_LEVEL = defineVocabulary('StudioLevel', '技能大师工作室（站）级别（二(六)）', {
  CITY: { zh: '市级技能大师工作室', en: 'City skill-master studio' },
  NATIONAL: { zh: '国家级技能大师工作室', en: 'National skill-master studio' },
  QILU_STATION: { zh: '齐鲁技能大师特色工作站', en: 'Qilu skill-master station' },
  PROVINCIAL_WORKSTATION: { zh: '省级技师工作站', en: 'Provincial technician workstation' },
});
export const STUDIO_LEVELS = STUDIO_LEVEL.codes;
export type StudioLevel = (typeof STUDIO_LEVELS)[number];
export const STUDIO_LEVEL_LABELS = STUDIO_LEVEL.labels;

/** Competition tiers; the short forms fit a table column and name the world tier by its competition. */
export const COMPETITION_TIER = defineVocabulary(
  'CompetitionTier',
  '竞赛级别（世界技能大赛、国家级、省级、市级一类、市级二类；三(九)、四(十三)）',
  {
    WORLD: { zh: '世界级', en: 'World (WorldSkills)', short: '世界技能大赛' },
    NATIONAL: { zh: '国家级（全国）', en: 'National', short: '国家级' },
    PROVINCIAL: { zh: '省级', en: 'Provincial' },
    CITY_CATEGORY_1: { zh: '市级一类', en: 'City, category 1' },
    CITY_CATEGORY_2: { zh: '市级二类', en: 'City, category 2' },
  },
);
export const COMPETITION_TIERS = COMPETITION_TIER.codes;
export type CompetitionTier = (typeof COMPETITION_TIERS)[number];
export const COMPETITION_TIER_LABELS = COMPETITION_TIER.labels;
/** 市级职业技能竞赛: the two city tiers, what T12 (四(十三), 每年１００场以上) counts. */
export const CITY_COMPETITION_TIERS = Object.freeze([
  'CITY_CATEGORY_1',
  'CITY_CATEGORY_2',
] as const satisfies readonly CompetitionTier[]);

/** 奖次: the ordinary medal scale of a skill competition (R10–R13 pay by medal). */
export const MEDAL = defineVocabulary('Medal', '奖次：金、银、铜、优胜', {
  GOLD: { zh: '金牌（一等奖）', en: 'Gold (first prize)', short: '金牌' },
  SILVER: { zh: '银牌（二等奖）', en: 'Silver (second prize)', short: '银牌' },
  BRONZE: { zh: '铜牌（三等奖）', en: 'Bronze (third prize)', short: '铜牌' },
  EXCELLENCE: { zh: '优胜奖', en: 'Excellence award' },
});
export const MEDALS = MEDAL.codes;
export type Medal = (typeof MEDALS)[number];

export const HONOUR_KIND = defineVocabulary(
  'HonourKind',
  '荣誉类别（首席技师、大工匠、工匠、手造工匠、技术能手、技能状元；四(十三)、五(十四)）',
  {
    CHIEF_TECHNICIAN: { zh: '济宁市首席技师', en: 'Jining chief technician' },
    GRAND_CRAFTSMAN: { zh: '济宁大工匠', en: 'Jining grand craftsman' },
    CRAFTSMAN: { zh: '济宁工匠', en: 'Jining craftsman' },
    HANDICRAFT_CRAFTSMAN: { zh: '济宁手造工匠', en: 'Jining handicraft craftsman' },
    TECHNICAL_EXPERT: { zh: '济宁市技术能手', en: 'Jining technical expert' },
    SKILLS_CHAMPION: { zh: '技能状元', en: 'Skills champion' },
  },
);
export const HONOUR_KINDS = HONOUR_KIND.codes;
export type HonourKind = (typeof HONOUR_KINDS)[number];
export const HONOUR_KIND_LABELS = HONOUR_KIND.labels;

/** Awards of 三(九) for people (R10, R12): what a recorded skill award (SkillAward in competitions) is. */
export const SKILL_AWARD = defineVocabulary(
  'SkillAwardKind',
  '技能奖项（三(九)：世界技能大赛奖牌、中华技能大奖、全国技术能手）',
  {
    WORLDSKILLS_GOLD: { zh: '世界技能大赛金奖', en: 'WorldSkills gold medal', clause: '三(九)' },
    WORLDSKILLS_SILVER: { zh: '世界技能大赛银奖', en: 'WorldSkills silver medal', clause: '三(九)' },
    WORLDSKILLS_BRONZE: { zh: '世界技能大赛铜奖', en: 'WorldSkills bronze medal', clause: '三(九)' },
    CHINA_SKILLS_GRAND_AWARD: { zh: '中华技能大奖', en: 'China Skills Grand Award', clause: '三(九)' },
    NATIONAL_TECHNICAL_EXPERT: { zh: '全国技术能手', en: 'National technical expert', clause: '三(九)' },
  },
);
export const SKILL_AWARDS = SKILL_AWARD.codes;
export type SkillAward = (typeof SKILL_AWARDS)[number];
export const SKILL_AWARD_LABELS = SKILL_AWARD.labels;
/** The WorldSkills medals: they reward a person or a team, by the role played (R10); the others reward a person. */
export const WORLDSKILLS_AWARDS = Object.freeze([
  'WORLDSKILLS_GOLD',
  'WORLDSKILLS_SILVER',
  'WORLDSKILLS_BRONZE',
] as const satisfies readonly SkillAward[]);

/**
 * Graduate programmes. The three technical-school classes are those of E1 (三(七)); 预备技师班 and
 * 技师班 are one class, 预备技师（技师）班. ASSOCIATE is a full-time 专科 programme (R5).
 */
export const GRADUATE_PROGRAMMES = [
  'ASSOCIATE',
  'INTERMEDIATE_CLASS',
  'SENIOR_CLASS',
  'PRE_TECHNICIAN_CLASS',
  'OTHER',
] as const;
export type GraduateProgramme = (typeof GRADUATE_PROGRAMMES)[number];
export const GRADUATE_PROGRAMME_LABELS: Readonly<Record<GraduateProgramme, string>> = {
  ASSOCIATE: '全日制专科',
  INTERMEDIATE_CLASS: '中级工班',
  SENIOR_CLASS: '高级工班',
  PRE_TECHNICIAN_CLASS: '预备技师（技师）班',
  OTHER: '其他',
};

/** 赛段 of the vocational-college skills competition (R14 pays the ranking round and the final). */
export const COMPETITION_STAGE = defineVocabulary('CompetitionStage', '赛段（职业院校技能大赛）', {
  RANKING: { zh: '排位赛', en: 'Ranking round' },
  FINAL: { zh: '总决赛', en: 'Final' },
  OTHER: { zh: '其他赛段', en: 'Other stage' },
});
export const COMPETITION_STAGES = COMPETITION_STAGE.codes;
export type CompetitionStage = (typeof COMPETITION_STAGES)[number];
export const COMPETITION_STAGE_LABELS = COMPETITION_STAGE.labels;

/** 全职引进或培养 (三(九)): how the winner came to the unit that is rewarded beside them (R10–R13). */
export const TALENT_ROUTE = defineVocabulary('TalentRoute', '引进或培养（三(九)）', {
  INTRODUCED_FULL_TIME: { zh: '全职引进', en: 'Introduced full-time' },
  CULTIVATED: { zh: '培养', en: 'Cultivated' },
  NONE: { zh: '非引进或培养', en: 'Neither introduced nor cultivated' },
});
export const TALENT_ROUTES = TALENT_ROUTE.codes;
export type TalentRoute = (typeof TALENT_ROUTES)[number];
export const TALENT_ROUTE_LABELS = TALENT_ROUTE.labels;
