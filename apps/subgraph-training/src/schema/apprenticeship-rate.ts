import { apprenticeshipRateRange, countyLabel, DUTIES, isCountyCode, POLICY_WINDOW } from '@jining/rules';
import {
  appendAudit,
  badInput,
  countyRef,
  isUniqueViolation,
  KitError,
  parseIsoDate,
  requireDuty,
  toIsoDate,
  z,
  type SubgraphContext,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { checkOwnCounty, checkRate, checkRateDate, rateBehindConfirmed, yuan } from '../domain/apprenticeship.ts';
import type { ApprenticeshipRate as RateRow, Prisma, PrismaClient } from '../generated/prisma/client.ts';

type Ctx = SubgraphContext<PrismaClient>;
type Tx = Prisma.TransactionClient;

/**
 * 二(二) "由县财政按照每人每年４０００－６０００元标准": each county's rate, a dated setting its HRSS bureau makes inside
 * the rules' range. Rows are never changed: a new rate is a new row from its date, so the history is the table, and a
 * training year takes the rate in force on its first day (`rateInForce`).
 */

/**
 * Setting a county's rate and confirming a year of that county queue on one lock (a transaction-scoped advisory lock
 * per county), so a confirmation never reads the rates while a new one is half-written.
 */
export async function lockCountyRates(tx: Tx, countyCode: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`apprenticeship-rate:${countyCode}`}))`;
}

/** The county's rate in force on `date` (the latest setting dated on or before it), or null. */
export const rateInForce = (db: Tx | PrismaClient, countyCode: string, date: string): Promise<RateRow | null> =>
  db.apprenticeshipRate.findFirst({
    where: { countyCode, effectiveFrom: { lte: parseIsoDate(date) } },
    orderBy: { effectiveFrom: 'desc' },
  });

export const ApprenticeshipRate = builder.prismaObject('ApprenticeshipRate', {
  description: '县定学徒补贴标准（二(二)）：自生效日期起适用，至本县下一次设定之日',
  fields: (t) => ({
    id: t.exposeID('id'),
    countyCode: t.exposeID('countyCode', { description: '县（市、区）代码' }),
    county: t.field({
      type: countyRef(builder),
      description: '县（市、区）',
      resolve: (r) => ({ code: r.countyCode }),
    }),
    effectiveFrom: t.expose('effectiveFrom', { type: 'Date', description: '生效日期' }),
    rateFen: t.expose('rateFen', { type: 'Fen', description: '每人每年补贴标准（分）' }),
    note: t.exposeString('note', { nullable: true, description: '说明（如设定文件）' }),
    setByName: t.exposeString('setByName', { description: '设定人' }),
    setAt: t.string({ description: '设定时间（ISO 8601）', resolve: (r) => r.createdAt.toISOString() }),
  }),
});

interface RangeView {
  date: string;
  minFen: number;
  maxFen: number;
  clause: string;
}

const RateRange = builder.objectRef<RangeView>('ApprenticeshipRateRange').implement({
  description: '县定学徒补贴标准的范围（政策规则包 R2_RATE_MIN_FEN、R2_RATE_MAX_FEN，含两端）',
  fields: (t) => ({
    date: t.exposeString('date', { description: '适用日期' }),
    minFen: t.field({ type: 'Fen', description: '下限（分）', resolve: (r) => r.minFen }),
    maxFen: t.field({ type: 'Fen', description: '上限（分）', resolve: (r) => r.maxFen }),
    clause: t.exposeString('clause', { description: '条款' }),
  }),
});

const countyArg = (value: string | number | null | undefined): string | null => {
  const code = value === null || value === undefined ? '' : String(value).trim();
  return code || null;
};

builder.queryFields((t) => ({
  apprenticeshipRates: t.prismaField({
    type: [ApprenticeshipRate],
    description: '县定学徒补贴标准及其历次设定（按县、生效日期由近及远）',
    authScopes: { authenticated: true },
    args: { countyCode: t.arg.id({ required: false, description: '按县（市、区）筛选' }) },
    resolve: (query, _root, args, ctx) => {
      const countyCode = countyArg(args.countyCode);
      return ctx.prisma.apprenticeshipRate.findMany({
        ...query,
        where: countyCode ? { countyCode } : {},
        orderBy: [{ countyCode: 'asc' }, { effectiveFrom: 'desc' }],
        // At most one a day for each of Jining's counties over the five years: far below this.
        take: 1000,
      });
    },
  }),
  apprenticeshipRateInForce: t.prismaField({
    type: ApprenticeshipRate,
    nullable: true,
    description: '某县某日适用的学徒补贴标准（无则为空）',
    authScopes: { authenticated: true },
    args: {
      countyCode: t.arg.id({ required: true, description: '县（市、区）代码' }),
      on: t.arg({ type: 'Date', required: true, description: '日期' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const row = await rateInForce(ctx.prisma, String(args.countyCode), toIsoDate(args.on));
      return row ? ctx.prisma.apprenticeshipRate.findUnique({ ...query, where: { id: row.id } }) : null;
    },
  }),
  apprenticeshipRateRange: t.field({
    type: RateRange,
    description: '县定学徒补贴标准须在的范围（取自政策规则包）',
    authScopes: { authenticated: true },
    args: { on: t.arg({ type: 'Date', required: false, description: '日期（缺省为政策施行之日）' }) },
    resolve: (_root, args) => {
      const date = args.on ? toIsoDate(args.on) : POLICY_WINDOW.from;
      checkRateDate(date);
      const range = apprenticeshipRateRange(date);
      return { date, minFen: range.min.value, maxFen: range.max.value, clause: range.clause };
    },
  }),
}));

const SetApprenticeshipRateInput = builder.inputType('SetApprenticeshipRateInput', {
  description: '设定本县（市、区）学徒补贴标准（二(二)，每人每年，须在政策规定范围内）',
  fields: (t) => ({
    countyCode: t.id({ required: false, description: '县（市、区）代码：缺省为本账号所属县（市、区），只能是本县' }),
    effectiveFrom: t.field({ type: 'Date', required: true, description: '生效日期（政策执行期内）' }),
    rateFen: t.field({ type: 'Fen', required: true, description: '每人每年补贴标准（分）' }),
    note: t.string({
      required: false,
      description: '说明（如设定文件）',
      validate: z.string().trim().max(500, '说明不超过 500 个字'),
    }),
  }),
});

const rateTaken = (date: string) =>
  new KitError('CONFLICT', `本县（市、区）已设定 ${date} 起的补贴标准；调整标准请另设新的生效日期`, {
    field: 'input.effectiveFrom',
    reason: 'RATE_ALREADY_SET',
    messageEn: `A rate from ${date} is already set`,
  });

async function setRate(
  ctx: Ctx,
  input: { countyCode?: string | number | null; effectiveFrom: Date; rateFen: bigint; note?: string | null },
): Promise<RateRow> {
  requireDuty(ctx.principal, DUTIES.APPRENTICESHIP, 'COUNTY_RATE');
  const countyCode = countyArg(input.countyCode) ?? ctx.principal.countyCode ?? null;
  if (!countyCode || !isCountyCode(countyCode)) {
    throw badInput(`未知的县（市、区）代码：${countyCode ?? '（空）'}`, {
      field: 'input.countyCode',
      reason: 'UNKNOWN_COUNTY',
    });
  }
  checkOwnCounty(ctx.principal, countyCode, 'input.countyCode', '补贴标准');
  const effectiveFrom = toIsoDate(input.effectiveFrom);
  checkRateDate(effectiveFrom);
  checkRate(input.rateFen, effectiveFrom);
  const note = input.note?.trim() || null;
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      await lockCountyRates(tx, countyCode);
      const latest = await tx.apprenticeshipYear.findFirst({
        where: { status: 'CONFIRMED', apprenticeship: { countyCode }, yearFrom: { gte: input.effectiveFrom } },
        orderBy: { yearFrom: 'desc' },
        select: { yearFrom: true },
      });
      if (latest) throw rateBehindConfirmed(toIsoDate(latest.yearFrom));
      const taken = await tx.apprenticeshipRate.findUnique({
        where: { countyCode_effectiveFrom: { countyCode, effectiveFrom: input.effectiveFrom } },
      });
      if (taken) throw rateTaken(effectiveFrom);
      const row = await tx.apprenticeshipRate.create({
        data: {
          countyCode,
          effectiveFrom: input.effectiveFrom,
          rateFen: input.rateFen,
          note,
          setBy: ctx.principal.accountId,
          setByName: ctx.principal.displayName,
        },
      });
      await appendAudit(tx, ctx, {
        action: 'APPRENTICESHIP_SET_RATE',
        entityType: 'ApprenticeshipRate',
        entityId: row.id,
        reason: `${countyLabel(countyCode)}自 ${effectiveFrom} 起每人每年 ${yuan(input.rateFen)}${note ? `：${note}` : ''}`,
        before: null,
        after: { countyCode, effectiveFrom, rateFen: input.rateFen.toString(), note },
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw rateTaken(effectiveFrom);
    throw error;
  }
}

builder.mutationFields((t) => ({
  setApprenticeshipRate: t.prismaField({
    type: ApprenticeshipRate,
    description:
      '设定本县（市、区）学徒补贴标准（县（市、区）人社局，二(二)）：超出政策规定范围的不予设定；历次设定均保留，按生效日期适用',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: SetApprenticeshipRateInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const row = await setRate(ctx, input);
      return ctx.prisma.apprenticeshipRate.findUniqueOrThrow({ ...query, where: { id: row.id } });
    },
  }),
}));
