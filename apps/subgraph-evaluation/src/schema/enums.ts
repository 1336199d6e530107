import { CERTIFICATION_ROUTE, SKILL_LEVEL } from '@jining/rules';
import { enumFromVocabulary } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { CertificationRoute as StoredRoute, SkillLevel as StoredLevel } from '../generated/prisma/enums.ts';

/** 新“八级工” (四(十)): the ladder from @jining/rules; the database enum is checked against it at start. */
export const SkillLevel = enumFromVocabulary(builder, SKILL_LEVEL, { stored: StoredLevel });

/** The routes a certificate records here (the rules also know 专项职业能力考核 and 学历证书＋若干职业技能证书). */
export const CertificationRoute = enumFromVocabulary(builder, CERTIFICATION_ROUTE, {
  only: ['SKILL_LEVEL_CERTIFICATION', 'VOCATIONAL_QUALIFICATION', 'DIRECT_CERTIFICATION', 'ONE_EXAM_TWO_CERTIFICATES'],
  stored: StoredRoute,
  description: '取得等级的途径：职业技能等级认定、职业资格评价、企业直接认定（仅高级工及以上，四(十一)）、一试双证',
});
