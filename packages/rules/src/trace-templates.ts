import type { TraceStep } from './trace.ts';
import type { SkillLevel } from './ladder.ts';
import { SKILL_LEVEL } from './vocabulary/policy-words.ts';
import { formatYuan, type PayerShare } from './money.ts';
import { PAYER_LABELS } from './payers.ts';
import {
  COMPETITION_STAGE_LABELS,
  COMPETITION_TIER_LABELS,
  GRADUATE_PROGRAMME_LABELS,
  SKILL_AWARD_LABELS,
  STUDIO_LEVEL_LABELS,
  TALENT_ROUTE_LABELS,
  type CompetitionStage,
  type CompetitionTier,
  type GraduateProgramme,
  type SkillAward,
  type StudioLevel,
  type TalentRoute,
} from './vocabulary/policy-words.ts';

interface Template {
  /** Names of the step's raw values a, b, c, in order. */
  readonly args: readonly string[];
  readonly zh: (s: TraceStep) => string;
}

const y = (fen: unknown): string => formatYuan(fen as number);
const param = (s: TraceStep, i: number): unknown => s.params[i]?.value;
const yes = (s: TraceStep, ok: string, no: string): string => (s.ok ? ok : no);

/**
 * Static sentence templates, one per step code: the Chinese text is only built when read, so the
 * hot path allocates no strings for it.
 */
export const TEMPLATES = {
  WINDOW: {
    args: ['date', 'what'],
    zh: (s) => {
      const w = param(s, 0) as { from: string; through: string };
      return `${String(s.b)} ${String(s.a)} ${yes(s, '在', '不在')}政策有效期（${w.from} 至 ${w.through}）内${yes(s, '', '，不予享受')}。`;
    },
  },
  CONDITION: {
    args: ['condition', 'subject'],
    zh: (s) => `${s.b === undefined ? '' : `${String(s.b)}：`}${yes(s, '符合', '不符合')}“${String(s.a)}”的条件。`,
  },
  R1_LEVEL: {
    args: ['level', 'amountFen'],
    zh: (s) => {
      const label = SKILL_LEVEL.label(s.a as SkillLevel);
      return s.ok
        ? `新取得${label}，一次性补贴标准为每人${y(s.b)}。`
        : `${label}不在一次性补贴范围内（仅技师、高级技师、特级技师）。`;
    },
  },
  // Staff read these sentences (the admin web's 核定依据): payers and amounts only. The rule and the split parameter
  // with its version stay in the step's raw values and params, where an audit reads them, not in the sentence.
  SPLIT: {
    args: ['amountFen', 'shares', 'ruleId'],
    zh: (s) => {
      const shares = s.b as PayerShare[];
      if (shares.length === 1 && shares[0]!.payer === 'TAX') {
        return `本年抵免${y(s.a)}，由${PAYER_LABELS.TAX.zh}办理。`;
      }
      const list = shares.map((x) => `${PAYER_LABELS[x.payer].zh}${y(x.amountFen)}`).join('、');
      return `应发${y(s.a)}，由${list}${shares.length > 1 ? '分担' : '承担'}。`;
    },
  },
  R2_RATE: {
    args: ['countyRateFen'],
    zh: (s) => `县定学徒补贴标准每人每年${y(s.a)}，在${y(param(s, 0))}—${y(param(s, 1))}范围内。`,
  },
  YEAR_LIMIT: {
    args: ['yearNumber', 'yearStart'],
    zh: (s) =>
      `第${String(s.a)}个补贴年度（自${String(s.b)}起），补贴期限最长${String(param(s, 0))}年：${yes(s, '在期限内', '已超过期限')}。`,
  },
  UP_TO_AMOUNT: {
    args: ['decidedFen', 'maxFen', 'amountFen'],
    zh: (s) =>
      s.a === undefined
        ? `未给审定金额，按最高标准${y(s.b)}计。`
        : `审定金额${y(s.a)}，最高标准${y(s.b)}，按${y(s.c)}计。`,
  },
  YEARLY_CAP: {
    args: ['awardedThisYearFen', 'roomFen'],
    zh: (s) =>
      `该院校本年度已获专业建设奖补${y(s.a)}，每年最高${y(param(s, 0))}，${yes(s, `尚可奖补${y(s.b)}`, '已达上限')}。`,
  },
  R4_CREDIT: {
    args: ['investmentFen', 'creditEarnedFen', 'carriedForwardFen'],
    zh: (s) =>
      `兴办职业教育投资${y(s.a)}，按${String(param(s, 0))}％计可抵免${y(s.b)}（不足一分舍去），加上以前年度结转${y(s.c)}。`,
  },
  R4_LIMIT: {
    args: ['surchargeDueFen', 'creditUsedFen', 'carryForwardFen'],
    zh: (s) => `当年应缴教育费附加和地方教育附加${y(s.a)}，本年抵免${y(s.b)}，结转以后年度${y(s.c)}。`,
  },
  R5_COUNT: {
    args: ['qualifyingHires', 'reportedHires', 'year'],
    zh: (s) =>
      `${String(s.c)}年度报送聘用${String(s.b)}人，其中全日制专科或高级工及以上、全职聘用且签订${String(param(s, 0))}年以上合同的${String(s.a)}人。`,
  },
  R5_BAND: {
    args: ['qualifyingHires', 'band'],
    zh: (s) =>
      s.b === 'TOP'
        ? `符合条件${String(s.a)}人，达到${String(param(s, 0))}人以上档。`
        : s.b === 'LOW'
          ? `符合条件${String(s.a)}人，属于${String(param(s, 1))}—${String(param(s, 0))}人档。`
          : `符合条件${String(s.a)}人，不足${String(param(s, 1))}人，不予补贴。`,
  },
  PER_PERSON_AMOUNT: {
    args: ['persons', 'perPersonFen', 'amountFen'],
    zh: (s) => `按照每人${y(s.b)}标准，${String(s.a)}人共计${y(s.c)}。`,
  },
  R6_CATALOGUE: {
    args: ['catalogueCode', 'amountFen', 'catalogue'],
    zh: (s) =>
      s.ok
        ? `培训项目 ${String(s.a)} 在《${String(s.c)}》内，补贴标准${y(s.b)}。`
        : `培训项目 ${String(s.a)} 不在当日有效的补贴性职业技能培训目录内。`,
  },
  MIN_AGE: {
    args: ['age', 'onDate'],
    zh: (s) => `${String(s.b)}时年满${String(s.a)}周岁，${yes(s, '已达', '未达')}${String(param(s, 0))}周岁。`,
  },
  MAX_AGE: {
    args: ['age', 'onDate'],
    zh: (s) =>
      `聘用日（${String(s.b)}）年龄${String(s.a)}周岁，${yes(s, '在', '超过')}${String(param(s, 0))}周岁以下（含）的范围${yes(s, '内', '')}。`,
  },
  STUDIO_AMOUNT: {
    args: ['level', 'amountFen'],
    zh: (s) => `${STUDIO_LEVEL_LABELS[s.a as StudioLevel]}，市财政给予${y(s.b)}。`,
  },
  FIXED_AMOUNT: {
    args: ['amountFen', 'what'],
    zh: (s) => `${String(s.b)}标准为${y(s.a)}。`,
  },
  ROUTE: {
    args: ['route', 'winnerId'],
    zh: (s) =>
      `获奖者 ${String(s.b)}（${TALENT_ROUTE_LABELS[s.a as TalentRoute]}）${yes(s, '符合', '不符合')}“全职引进或培养”的条件。`,
  },
  AWARD_AMOUNT: {
    args: ['award', 'amountFen', 'rolePercent'],
    zh: (s) => {
      const base = param(s, 0) as number;
      const label = SKILL_AWARD_LABELS[s.a as SkillAward];
      return s.c === 100
        ? `获得${label}，奖励${y(s.b)}。`
        : `获得${label}，奖励标准${y(base)}，按作用发挥情况${String(s.c)}％计${y(s.b)}。`;
    },
  },
  UNIT_AWARD: {
    args: ['unitId', 'winnerId'],
    zh: (s) => (s.ok ? `引才或培养单位 ${String(s.a)} 同时获得单位奖励。` : '未填写引才或培养单位，单位奖励不予发放。'),
  },
  TIER: {
    args: ['tier'],
    zh: (s) =>
      `${COMPETITION_TIER_LABELS[s.a as CompetitionTier]}竞赛：${yes(s, '属于', '不属于')}世界（全国）职业院校技能大赛。`,
  },
  STAGE: {
    args: ['stage'],
    zh: (s) => `${COMPETITION_STAGE_LABELS[s.a as CompetitionStage]}：${yes(s, '属于', '不属于')}排位赛及总决赛。`,
  },
  PROGRAMME: {
    args: ['programme'],
    zh: (s) =>
      `毕业班次为${GRADUATE_PROGRAMME_LABELS[s.a as GraduateProgramme]}，${yes(s, '在', '不在')}引才补贴范围内。`,
  },
} as const satisfies Record<string, Template>;

export type StepCode = keyof typeof TEMPLATES;
