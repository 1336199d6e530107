import { CERTIFICATION_ROUTES, SKILL_LEVELS, SKILL_LEVEL_LABELS } from '@jining/rules';
import { builder } from '../builder.ts';

/**
 * 新“八级工” (四(十)): the values and their Chinese names come from @jining/rules, so the ladder is written once.
 * Prisma's `SkillLevel` enum holds the same values (the migration's CREATE TYPE); a test keeps them equal.
 */
export const SkillLevel = builder.enumType('SkillLevel', {
  description: '职业技能等级（新“八级工”职业技能等级序列，四(十)），由低到高：学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师',
  values: Object.fromEntries(SKILL_LEVELS.map((level) => [level, { description: SKILL_LEVEL_LABELS[level].zh }])) as {
    [L in (typeof SKILL_LEVELS)[number]]: { description: string };
  },
});

/** The routes a certificate records here (the rules also know 专项职业能力考核 and 学历证书＋若干职业技能证书). */
const ROUTES = [
  'SKILL_LEVEL_CERTIFICATION',
  'VOCATIONAL_QUALIFICATION',
  'DIRECT_CERTIFICATION',
  'ONE_EXAM_TWO_CERTIFICATES',
] as const satisfies readonly (typeof CERTIFICATION_ROUTES)[number]['code'][];
export type CertificationRouteCode = (typeof ROUTES)[number];

const routeDescription = (code: CertificationRouteCode) => {
  const route = CERTIFICATION_ROUTES.find((r) => r.code === code)!;
  return `${route.zh}（${route.clause}）`;
};

export const CertificationRoute = builder.enumType('CertificationRoute', {
  description: '取得等级的途径：职业技能等级认定、职业资格评价、企业直接认定（仅高级工及以上，四(十一)）、一试双证',
  values: Object.fromEntries(ROUTES.map((code) => [code, { description: routeDescription(code) }])) as {
    [C in CertificationRouteCode]: { description: string };
  },
});
