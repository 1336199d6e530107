import { POLICY_SOURCE } from './params/types.ts';
/**
 * Every numbered item of 济人社发〔2024〕9号, written as the platform cites them: part 二, item (二) → '二(二)'.
 * '末段' is the closing paragraph (validity window and 从优、就高、不重复), which has no number in the text.
 */
export const CLAUSES = [
  '一',
  '二(一)',
  '二(二)',
  '二(三)',
  '二(四)',
  '二(五)',
  '二(六)',
  '三(七)',
  '三(八)',
  '三(九)',
  '四(十)',
  '四(十一)',
  '四(十二)',
  '四(十三)',
  '五(十四)',
  '五(十五)',
  '六',
  '末段',
] as const;
export type Clause = (typeof CLAUSES)[number];

export const CLAUSE_TITLES: Readonly<Record<Clause, { zh: string; en: string }>> = {
  一: { zh: '总体目标', en: 'Overall targets' },
  '二(一)': { zh: '完善高技能人才培养体系', en: 'Training system' },
  '二(二)': { zh: '发挥企业培养高技能人才主体作用', en: 'Enterprises as the main trainers' },
  '二(三)': { zh: '强化职业院校基础性作用', en: 'Vocational colleges' },
  '二(四)': { zh: '推进高技能人才校企共育', en: 'School–enterprise co-training' },
  '二(五)': { zh: '实施终身职业技能培训', en: 'Lifelong vocational training' },
  '二(六)': { zh: '加强高技能人才培育平台建设', en: 'Training platforms' },
  '三(七)': { zh: '健全高技能人才岗位使用机制', en: 'Use of high-skilled talent in posts' },
  '三(八)': { zh: '完善技能要素参与分配制度', en: 'Skills in pay distribution' },
  '三(九)': { zh: '构建高技能人才引才留才机制', en: 'Attracting and keeping talent' },
  '四(十)': { zh: '完善技能人才评价制度', en: 'Evaluation system' },
  '四(十一)': { zh: '大力支持企业自主开展职业技能等级认定', en: 'Enterprise self-certification' },
  '四(十二)': { zh: '加强职业院校、社会培训评价组织技能等级认定', en: 'College and third-party certification' },
  '四(十三)': { zh: '发挥职业技能竞赛引领作用', en: 'Skill competitions' },
  '五(十四)': { zh: '加大高技能人才褒奖力度', en: 'Honours' },
  '五(十五)': { zh: '提升高技能人才政治待遇和社会地位', en: 'Political and social standing' },
  六: { zh: '保障措施', en: 'Safeguards' },
  末段: { zh: '施行日期、有效期与“从优、就高、不重复”原则', en: 'Validity window and the no-duplication principle' },
};

const PART = /^([一二三四五六七八九十]+)(?:\(([一二三四五六七八九十]+)\))?$/;

/**
 * A clause as staff cite it in a decision or a publicity list: '二(二)' → '济人社发〔2024〕9号 第二部分（二）'
 * (the platform's short form stays the code everywhere else).
 */
export function citeClause(clause: string): string {
  const m = PART.exec(clause.trim());
  if (!m) return `${POLICY_SOURCE} ${clause}`;
  return `${POLICY_SOURCE} 第${m[1]}部分${m[2] ? `（${m[2]}）` : ''}`;
}
