import {
  countyLabel,
  DUTIES,
  IMPORT_MODE,
  isCountyCode,
  PAYER,
  TRAINING_CLASS_ACTION,
  TRAINING_PROGRAMME,
  type TrainingClassAction as RulesAction,
} from '@jining/rules';
import {
  appendAudit,
  appendFacts,
  badInput,
  connectionNames,
  countyRef,
  entityHistory,
  enumFromVocabulary,
  FACT_EVENT_KINDS,
  filteredList,
  hasPermission,
  importRowErrorRef,
  isUniqueViolation,
  KitError,
  organisationRef,
  parseIsoDate,
  personRef,
  requireDuty,
  requireImportRowCount,
  rowsToWrite,
  toIsoDate,
  z,
  type EntityHistoryLine,
  type ImportModeCode,
  type SubgraphContext,
  type SubsidisedTrainingCompletedV1,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import {
  checkLineDate,
  checkRosterRow,
  lineFact,
  lineItem,
  minWorkingAge,
  ROSTER_ROWS_MAX,
  validateCatalogue,
  type RosterRowInput,
  type RowError,
} from '../domain/subsidised-training.ts';
import { trainingToday } from '../domain/settings.ts';
import type {
  Prisma,
  PrismaClient,
  TrainingCatalogueLine as LineRow,
  TrainingClass as ClassRow,
} from '../generated/prisma/client.ts';

type Ctx = SubgraphContext<PrismaClient>;
type Tx = Prisma.TransactionClient;

export const TrainingProgramme = enumFromVocabulary(builder, TRAINING_PROGRAMME);
export const TrainingClassAction = enumFromVocabulary(builder, TRAINING_CLASS_ACTION);
const Payer = enumFromVocabulary(builder, PAYER);
const ImportMode = enumFromVocabulary(builder, IMPORT_MODE);

const AUDIT_PREFIX = 'TRAINING_CLASS_';
export const auditAction = (action: RulesAction) => `${AUDIT_PREFIX}${action}`;

const text = (min: number, max: number, what: string) =>
  z.string().trim().min(min, `${what}不能少于 ${min} 个字`).max(max, `${what}不超过 ${max} 个字`);

/** Lines of one code and classes on it queue here: a new line never slips past a check that read the old ones. */
const lockCode = (tx: Tx, code: string) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`training-catalogue:${code}`}))`;

const lockClass = (tx: Tx, id: string) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`training-class:${id}`}))`;

/** The line of `code` in force on `date`, or null. */
const lineInForce = (db: Tx | PrismaClient, code: string, date: string) =>
  db.trainingCatalogueLine.findFirst({
    where: {
      code,
      validFrom: { lte: parseIsoDate(date) },
      OR: [{ validUntil: null }, { validUntil: { gt: parseIsoDate(date) } }],
    },
  });

// ——— types ———

interface SplitPart {
  payer: string;
  parts: number;
}

const SplitPartRef = builder.objectRef<SplitPart>('TrainingSplitPart').implement({
  description: '出资方及其份数',
  fields: (t) => ({
    payer: t.field({ type: Payer, resolve: (p) => p.payer as never }),
    parts: t.exposeInt('parts', { description: '份数' }),
  }),
});

export const TrainingCatalogueLine = builder.prismaObject('TrainingCatalogueLine', {
  description: '补贴性职业技能培训目录的一行（二(五)）：按有效期保存，调整标准即自某日起的新版本',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: '目录编码' }),
    nameZh: t.exposeString('nameZh', { description: '培训项目名称' }),
    programme: t.field({ type: TrainingProgramme, description: '培训项目类别', resolve: (r) => r.programme as never }),
    level: t.exposeString('level', { nullable: true, description: '培训等级' }),
    amountFen: t.expose('amountFen', { type: 'Fen', description: '补贴标准（分/人）' }),
    split: t.field({
      type: [SplitPartRef],
      description: '分担比例',
      resolve: (r) => r.split as unknown as SplitPart[],
    }),
    validFrom: t.expose('validFrom', { type: 'Date', description: '生效日期' }),
    validUntil: t.expose('validUntil', {
      type: 'Date',
      nullable: true,
      description: '失效日期（不含当日；空为持续有效）',
    }),
    requiresCertificate: t.exposeBoolean('requiresCertificate', { description: '须取得证书' }),
    source: t.exposeString('source', { description: '发布文件' }),
    supersedesId: t.exposeID('supersedesId', { nullable: true, description: '所替代的版本' }),
    createdByName: t.exposeString('createdByName', { description: '登记人' }),
    createdAt: t.string({ description: '登记时间（ISO 8601）', resolve: (r) => r.createdAt.toISOString() }),
  }),
});

type HistoryLine = EntityHistoryLine<RulesAction>;

const HistoryLineRef = builder.objectRef<HistoryLine>('TrainingClassHistoryLine').implement({
  description: '培训班办理记录（取自审计日志）',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.string({ description: '办理时间（ISO 8601）', resolve: (h) => h.at.toISOString() }),
    action: t.field({ type: TrainingClassAction, description: '办理事项', resolve: (h) => h.action }),
    actorName: t.exposeString('actorName', { description: '办理人' }),
    note: t.exposeString('note', { nullable: true, description: '说明' }),
  }),
});

export const TrainingCompletion = builder.prismaObject('TrainingCompletion', {
  description: '结业学员（二(五)）：每班每人一条，结业日有效的目录版本随资金事实送财政核定',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: personRef(builder), description: '学员', resolve: (r) => ({ id: r.personId }) }),
    completedOn: t.expose('completedOn', { type: 'Date', description: '结业日期' }),
    ageOnCompletion: t.exposeInt('ageOnCompletion', { description: '结业日周岁' }),
    wantsEmployment: t.exposeBoolean('wantsEmployment', { description: '有就业创业意愿' }),
    certificateObtained: t.exposeBoolean('certificateObtained', { description: '取得证书' }),
    reachedRetirementAge: t.exposeBoolean('reachedRetirementAge', { description: '已达法定退休年龄' }),
    amountFen: t.expose('amountFen', {
      type: 'Fen',
      description: '结业日目录补贴标准（分/人，是否补贴由财政按政策规则核定）',
    }),
    line: t.prismaField({
      type: TrainingCatalogueLine,
      description: '结业日有效的目录版本',
      resolve: (query, r, _args, ctx) =>
        ctx.prisma.trainingCatalogueLine.findUniqueOrThrow({ ...query, where: { id: r.lineId } }),
    }),
    trainingClass: t.relation('class', { description: '培训班' }),
    recordedBy: t.exposeString('recordedBy', { description: '导入人账号' }),
    revoked: t.boolean({ description: '已撤销（更正）', resolve: (r) => r.revokedAt !== null }),
    revokeReason: t.exposeString('revokeReason', { nullable: true, description: '撤销理由' }),
  }),
});

export const TrainingClass = builder.prismaObject('TrainingClass', {
  description: '补贴性职业技能培训班（二(五)）：培训机构按目录编码开设，所在县（市、区）承担目录中的县级份额',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: '班级名称' }),
    provider: t.field({
      type: organisationRef(builder),
      description: '培训机构',
      resolve: (r) => ({ id: r.providerId }),
    }),
    catalogueCode: t.exposeString('catalogueCode', { description: '目录编码' }),
    programme: t.field({ type: TrainingProgramme, description: '培训项目类别', resolve: (r) => r.programme as never }),
    startsOn: t.expose('startsOn', { type: 'Date', description: '开班日期' }),
    endsOn: t.expose('endsOn', { type: 'Date', description: '结业日期（计划）' }),
    countyCode: t.exposeID('countyCode', { description: '县（市、区）代码' }),
    county: t.field({
      type: countyRef(builder),
      description: '县（市、区）',
      resolve: (r) => ({ code: r.countyCode }),
    }),
    createdBy: t.exposeString('createdBy', { description: '开设人账号' }),
    line: t.prismaField({
      type: TrainingCatalogueLine,
      nullable: true,
      description: '开班日有效的目录版本',
      resolve: async (query, r, _args, ctx) => {
        const row = await lineInForce(ctx.prisma, r.catalogueCode, toIsoDate(r.startsOn));
        return row ? ctx.prisma.trainingCatalogueLine.findUnique({ ...query, where: { id: row.id } }) : null;
      },
    }),
    completionCount: t.relationCount('completions', { description: '结业人数' }),
    completions: t.relation('completions', {
      description: '结业学员（按结业日期）',
      query: { orderBy: [{ completedOn: 'asc' }, { id: 'asc' }] },
    }),
    history: t.field({
      type: [HistoryLineRef],
      description: '办理记录（按时间先后，取自审计日志）',
      resolve: (row, _args, ctx) =>
        entityHistory(ctx.prisma, 'TrainingClass', row.id, {
          prefix: AUDIT_PREFIX,
          has: (c) => TRAINING_CLASS_ACTION.has(c),
        }),
    }),
  }),
});

builder.asEntity(TrainingClass, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.prisma.trainingClass.findUnique({ where: { id: ref.id } }),
});

// ——— queries ———

interface ClassFilter {
  year?: number | null;
  countyCode?: string | number | null;
  providerId?: string | number | null;
  catalogueCode?: string | null;
  programme?: string | null;
}

function classWhere(args: ClassFilter): Prisma.TrainingClassWhereInput {
  return {
    ...(args.year
      ? { startsOn: { gte: parseIsoDate(`${args.year}-01-01`), lte: parseIsoDate(`${args.year}-12-31`) } }
      : {}),
    ...(args.countyCode ? { countyCode: String(args.countyCode) } : {}),
    ...(args.providerId ? { providerId: String(args.providerId) } : {}),
    ...(args.catalogueCode?.trim() ? { catalogueCode: args.catalogueCode.trim() } : {}),
    ...(args.programme ? { programme: args.programme } : {}),
  };
}

builder.queryFields((t) => ({
  trainingCatalogueLines: t.prismaField({
    type: [TrainingCatalogueLine],
    description: '补贴性职业技能培训目录（各编码的各版本，按编码、生效日期）',
    authScopes: { authenticated: true },
    args: {
      code: t.arg.string({ required: false, description: '按目录编码筛选' }),
      programme: t.arg({ type: TrainingProgramme, required: false, description: '按培训项目类别筛选' }),
      on: t.arg({ type: 'Date', required: false, description: '只列该日有效的版本' }),
    },
    resolve: (query, _root, args, ctx) => {
      const on = args.on ? args.on : null;
      return ctx.prisma.trainingCatalogueLine.findMany({
        ...query,
        where: {
          ...(args.code?.trim() ? { code: args.code.trim() } : {}),
          ...(args.programme ? { programme: args.programme } : {}),
          ...(on ? { validFrom: { lte: on }, OR: [{ validUntil: null }, { validUntil: { gt: on } }] } : {}),
        },
        orderBy: [{ code: 'asc' }, { validFrom: 'asc' }],
        take: 5000,
      });
    },
  }),
  trainingCatalogueLine: t.prismaField({
    type: TrainingCatalogueLine,
    nullable: true,
    description: '按 id 查询目录版本',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.trainingCatalogueLine.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  trainingClasses: t.prismaConnection(
    {
      type: TrainingClass,
      cursor: 'id',
      description: '补贴性职业技能培训班（最新开班的在前）',
      authScopes: { authenticated: true },
      args: {
        year: t.arg.int({ required: false, description: '按开班年度筛选' }),
        countyCode: t.arg.id({ required: false, description: '按县（市、区）筛选' }),
        providerId: t.arg.id({ required: false, description: '按培训机构筛选' }),
        catalogueCode: t.arg.string({ required: false, description: '按目录编码筛选' }),
        programme: t.arg({ type: TrainingProgramme, required: false, description: '按培训项目类别筛选' }),
      },
      ...filteredList((ctx) => ctx.prisma.trainingClass, classWhere, [{ startsOn: 'desc' }, { id: 'asc' }]),
    },
    ...connectionNames('TrainingClass'),
  ),
  trainingClass: t.prismaField({
    type: TrainingClass,
    nullable: true,
    description: '按 id 查询培训班',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.trainingClass.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
}));

// ——— catalogue ———

const SplitPartInput = builder.inputType('TrainingSplitPartInput', {
  description: '出资方及其份数（如市、县 1:1）',
  fields: (t) => ({
    payer: t.field({ type: Payer, required: true }),
    parts: t.int({ required: true, description: '份数（1–1000）' }),
  }),
});

const CreateTrainingCatalogueLineInput = builder.inputType('CreateTrainingCatalogueLineInput', {
  description: '登记目录项（二(五)，市人社局）：同一编码的有效期不得重叠',
  fields: (t) => ({
    code: t.string({ required: true, description: '目录编码', validate: text(1, 40, '目录编码') }),
    nameZh: t.string({ required: true, description: '培训项目名称', validate: text(2, 100, '培训项目名称') }),
    programme: t.field({ type: TrainingProgramme, required: true, description: '培训项目类别' }),
    level: t.string({
      required: false,
      description: '培训等级',
      validate: z.string().trim().max(40, '培训等级不超过 40 个字'),
    }),
    amountFen: t.field({ type: 'Fen', required: true, description: '补贴标准（分/人）' }),
    split: t.field({ type: [SplitPartInput], required: true, description: '分担比例' }),
    validFrom: t.field({ type: 'Date', required: true, description: '生效日期（政策执行期内）' }),
    validUntil: t.field({ type: 'Date', required: false, description: '失效日期（不含当日；空为持续有效）' }),
    requiresCertificate: t.boolean({ required: true, description: '须取得证书方可补贴' }),
    source: t.string({ required: true, description: '发布文件（文号）', validate: text(2, 200, '发布文件') }),
  }),
});

const SupersedeTrainingCatalogueLineInput = builder.inputType('SupersedeTrainingCatalogueLineInput', {
  description: '调整目录项：自新的生效日期起以新版本替代，原版本至该日失效',
  fields: (t) => ({
    id: t.id({ required: true, description: '被替代的版本（TrainingCatalogueLine.id）' }),
    validFrom: t.field({ type: 'Date', required: true, description: '新版本生效日期（须晚于原版本生效日期）' }),
    amountFen: t.field({ type: 'Fen', required: true, description: '补贴标准（分/人）' }),
    split: t.field({ type: [SplitPartInput], required: false, description: '分担比例（缺省沿用原版本）' }),
    nameZh: t.string({
      required: false,
      description: '培训项目名称（缺省沿用）',
      validate: text(2, 100, '培训项目名称'),
    }),
    level: t.string({
      required: false,
      description: '培训等级（缺省沿用）',
      validate: z.string().trim().max(40, '培训等级不超过 40 个字'),
    }),
    requiresCertificate: t.boolean({ required: false, description: '须取得证书（缺省沿用）' }),
    source: t.string({ required: true, description: '发布文件（文号）', validate: text(2, 200, '发布文件') }),
  }),
});

function amountOf(fen: bigint): number {
  if (fen <= 0n || fen > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw badInput(`补贴标准须为正的分数：${fen}`, { field: 'input.amountFen', reason: 'INVALID_AMOUNT' });
  }
  return Number(fen);
}

const lineSnapshot = (r: LineRow) => ({ ...lineItem(r), level: r.level, source: r.source });

const lineTaken = (code: string, date: string) =>
  new KitError('CONFLICT', `目录项 ${code} 自 ${date} 起的版本已登记`, {
    field: 'input.validFrom',
    reason: 'CATALOGUE_LINE_EXISTS',
    messageEn: `Catalogue item ${code} already has a version from ${date}`,
  });

/**
 * Writes one line after the rules validated the code's lines with it (and the superseded one cut at its date):
 * under the code's lock, in one transaction with its audit record.
 */
async function writeLine(
  ctx: Ctx,
  code: string,
  build: (
    tx: Tx,
    existing: LineRow[],
  ) => Promise<{ data: Prisma.TrainingCatalogueLineUncheckedCreateInput; cut?: LineRow }>,
): Promise<LineRow> {
  requireDuty(ctx.principal, DUTIES.SUBSIDISED_TRAINING, 'CATALOGUE');
  let date = '';
  try {
    return await ctx.prisma.$transaction(
      async (tx) => {
        await lockCode(tx, code);
        const existing = await tx.trainingCatalogueLine.findMany({ where: { code }, orderBy: { validFrom: 'asc' } });
        const { data, cut } = await build(tx, existing);
        date = toIsoDate(data.validFrom as Date);
        const cutUntil = cut ? (data.validFrom as Date) : null;
        const items = [
          ...existing.map((r) => (cut && r.id === cut.id ? { ...lineItem(r), validUntil: date } : lineItem(r))),
          {
            code: data.code,
            nameZh: data.nameZh,
            programme: data.programme,
            amountFen: Number(data.amountFen),
            split: data.split,
            validFrom: date,
            validUntil: data.validUntil ? toIsoDate(data.validUntil as Date) : null,
            requiresCertificate: data.requiresCertificate,
          },
        ];
        validateCatalogue(items, 'input.validFrom');
        if (existing.some((r) => toIsoDate(r.validFrom) === date)) throw lineTaken(code, date);
        if (cut) await tx.trainingCatalogueLine.update({ where: { id: cut.id }, data: { validUntil: cutUntil } });
        const row = await tx.trainingCatalogueLine.create({ data });
        await appendAudit(tx, ctx, {
          action: cut ? 'TRAINING_CATALOGUE_SUPERSEDE' : 'TRAINING_CATALOGUE_CREATE',
          entityType: 'TrainingCatalogueLine',
          entityId: row.id,
          reason: cut ? `替代 ${code} 自 ${toIsoDate(cut.validFrom)} 起的版本` : null,
          before: cut ? lineSnapshot(cut) : null,
          after: lineSnapshot(row),
        });
        return row;
      },
      { maxWait: 20_000, timeout: 20_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new KitError('CONFLICT', `目录项 ${code} 的该版本已登记或已被替代`, {
        field: 'input.validFrom',
        reason: 'CATALOGUE_LINE_EXISTS',
        messageEn: `Catalogue item ${code}: that version is already recorded or superseded (${date})`,
      });
    }
    throw error;
  }
}

builder.mutationFields((t) => ({
  createTrainingCatalogueLine: t.prismaField({
    type: TrainingCatalogueLine,
    description: '登记补贴性职业技能培训目录项（市人社局，二(五)）：同一编码有效期重叠的不予登记',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: CreateTrainingCatalogueLineInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const code = input.code.trim();
      const validFrom = toIsoDate(input.validFrom);
      checkLineDate(validFrom, 'input.validFrom');
      const amountFen = amountOf(input.amountFen);
      const row = await writeLine(ctx, code, async () => ({
        data: {
          code,
          nameZh: input.nameZh.trim(),
          programme: input.programme,
          level: input.level?.trim() || null,
          amountFen: BigInt(amountFen),
          split: input.split.map((s) => ({ payer: s.payer, parts: s.parts })),
          validFrom: input.validFrom,
          validUntil: input.validUntil ?? null,
          requiresCertificate: input.requiresCertificate,
          source: input.source.trim(),
          createdBy: ctx.principal.accountId,
          createdByName: ctx.principal.displayName,
        },
      }));
      return ctx.prisma.trainingCatalogueLine.findUniqueOrThrow({ ...query, where: { id: row.id } });
    },
  }),

  supersedeTrainingCatalogueLine: t.prismaField({
    type: TrainingCatalogueLine,
    description:
      '调整目录项（市人社局，二(五)）：自新的生效日期起以新版本替代原版本；已有结业学员按原版本结业于该日及以后的，不予调整',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: SupersedeTrainingCatalogueLineInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = String(input.id).trim();
      const old = id ? await ctx.prisma.trainingCatalogueLine.findUnique({ where: { id } }) : null;
      if (!old) {
        throw new KitError('NOT_FOUND', '目录项不存在', { field: 'input.id', reason: 'CATALOGUE_LINE_NOT_FOUND' });
      }
      const validFrom = toIsoDate(input.validFrom);
      checkLineDate(validFrom, 'input.validFrom');
      const amountFen = amountOf(input.amountFen);
      const row = await writeLine(ctx, old.code, async (tx, existing) => {
        const current = existing.find((r) => r.id === id)!;
        const from = toIsoDate(current.validFrom);
        const until = current.validUntil ? toIsoDate(current.validUntil) : null;
        if (validFrom <= from || (until !== null && validFrom >= until)) {
          throw badInput(
            `新版本的生效日期须在原版本有效期内（${from} 之后${until ? `、${until} 之前` : ''}）：${validFrom}`,
            { field: 'input.validFrom', reason: 'OUTSIDE_LINE_PERIOD' },
          );
        }
        const used = await tx.trainingCompletion.count({
          where: { lineId: id, completedOn: { gte: input.validFrom } },
        });
        if (used > 0) {
          throw new KitError(
            'CONFLICT',
            `已有 ${used} 名学员按原版本于 ${validFrom} 及以后结业，新版本的生效日期须晚于其结业日期`,
            { field: 'input.validFrom', reason: 'LINE_IN_USE', messageEn: 'Completions used the line after that date' },
          );
        }
        return {
          cut: current,
          data: {
            code: current.code,
            nameZh: input.nameZh?.trim() || current.nameZh,
            programme: current.programme,
            level: input.level === undefined || input.level === null ? current.level : input.level.trim() || null,
            amountFen: BigInt(amountFen),
            split: input.split
              ? input.split.map((s) => ({ payer: s.payer, parts: s.parts }))
              : (current.split as Prisma.InputJsonValue),
            validFrom: input.validFrom,
            validUntil: current.validUntil,
            requiresCertificate: input.requiresCertificate ?? current.requiresCertificate,
            source: input.source.trim(),
            supersedesId: current.id,
            createdBy: ctx.principal.accountId,
            createdByName: ctx.principal.displayName,
          },
        };
      });
      return ctx.prisma.trainingCatalogueLine.findUniqueOrThrow({ ...query, where: { id: row.id } });
    },
  }),
}));

// ——— classes ———

const CreateTrainingClassInput = builder.inputType('CreateTrainingClassInput', {
  description: '开设补贴性职业技能培训班（二(五)，市人社局）',
  fields: (t) => ({
    name: t.string({ required: true, description: '班级名称', validate: text(2, 100, '班级名称') }),
    providerId: t.id({ required: true, description: '培训机构 Organisation.id' }),
    catalogueCode: t.string({
      required: true,
      description: '目录编码（开班日须有有效版本）',
      validate: text(1, 40, '目录编码'),
    }),
    startsOn: t.field({ type: 'Date', required: true, description: '开班日期' }),
    endsOn: t.field({ type: 'Date', required: true, description: '结业日期（计划，不早于开班日期）' }),
    countyCode: t.id({ required: false, description: '县（市、区）代码（缺省为培训机构所在县）' }),
  }),
});

const classSnapshot = (c: ClassRow) => ({
  name: c.name,
  providerId: c.providerId,
  catalogueCode: c.catalogueCode,
  programme: c.programme,
  startsOn: toIsoDate(c.startsOn),
  endsOn: toIsoDate(c.endsOn),
  countyCode: c.countyCode,
});

builder.mutationFields((t) => ({
  createTrainingClass: t.prismaField({
    type: TrainingClass,
    description: '开设补贴性职业技能培训班（市人社局，二(五)）：培训机构须在单位库中，目录编码须在开班日有效',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: CreateTrainingClassInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.SUBSIDISED_TRAINING, 'CLASS');
      const startsOn = toIsoDate(input.startsOn);
      const endsOn = toIsoDate(input.endsOn);
      checkLineDate(startsOn, 'input.startsOn');
      if (endsOn < startsOn) {
        throw badInput(`结业日期（${endsOn}）不能早于开班日期（${startsOn}）`, {
          field: 'input.endsOn',
          reason: 'ENDS_BEFORE_START',
        });
      }
      const providerId = String(input.providerId).trim();
      if (!providerId) throw badInput('培训机构不能为空', { field: 'input.providerId', reason: 'VALIDATION_FAILED' });
      const code = input.catalogueCode.trim();
      const line = await lineInForce(ctx.prisma, code, startsOn);
      if (!line) {
        throw badInput(`目录编码 ${code} 在开班日（${startsOn}）没有有效的目录版本`, {
          field: 'input.catalogueCode',
          reason: 'NO_CATALOGUE_LINE',
        });
      }
      const [providerCounty] = await ctx.references.organisationCounties([
        { field: 'input.providerId', id: providerId },
      ]);
      const asked = input.countyCode ? String(input.countyCode).trim() : null;
      const countyCode = asked || providerCounty || null;
      if (!countyCode || !isCountyCode(countyCode)) {
        throw badInput(`未知的县（市、区）代码：${countyCode ?? '（空）'}`, {
          field: 'input.countyCode',
          reason: 'UNKNOWN_COUNTY',
        });
      }
      let created: ClassRow;
      try {
        created = await ctx.prisma.$transaction(async (tx) => {
          const row = await tx.trainingClass.create({
            data: {
              name: input.name.trim(),
              providerId,
              catalogueCode: code,
              programme: line.programme,
              startsOn: input.startsOn,
              endsOn: input.endsOn,
              countyCode,
              createdBy: ctx.principal.accountId,
            },
          });
          await appendAudit(tx, ctx, {
            action: auditAction('CREATE_CLASS'),
            entityType: 'TrainingClass',
            entityId: row.id,
            reason: `${line.nameZh}（${code}），${countyLabel(countyCode)}`,
            before: null,
            after: classSnapshot(row),
          });
          return row;
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new KitError('CONFLICT', '该培训机构已开设同名、同目录编码、同一开班日期的培训班', {
            field: 'input.name',
            reason: 'CLASS_ALREADY_EXISTS',
            messageEn: 'This provider already runs this class',
          });
        }
        throw error;
      }
      return ctx.prisma.trainingClass.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
}));

// ——— roster import ———

interface RosterRowOutcome {
  index: number;
  personId: string | null;
  ageOnCompletion: number | null;
  errors: RowError[];
  completionId: string | null;
}

interface RosterImport {
  mode: ImportModeCode;
  rows: RosterRowOutcome[];
  written: number;
}

const RosterRowInputRef = builder.inputType('TrainingRosterRowInput', {
  description: '名册一行：身份证号、结业日期、就业创业意愿、取得证书、已达法定退休年龄',
  fields: (t) => ({
    idNumber: t.string({ required: false, description: '完整的公民身份号码（须有查看完整号码的权限）' }),
    completedOn: t.string({ required: false, description: '结业日期（YYYY-MM-DD）' }),
    wantsEmployment: t.boolean({ required: false, description: '有就业创业意愿' }),
    certificateObtained: t.boolean({ required: false, description: '取得证书' }),
    reachedRetirementAge: t.boolean({ required: false, description: '已达法定退休年龄（缺省为否）' }),
  }),
});

const ImportTrainingRosterInput = builder.inputType('ImportTrainingRosterInput', {
  description: `导入培训班结业学员名册（Excel，一次至多 ${ROSTER_ROWS_MAX} 行）`,
  fields: (t) => ({
    classId: t.id({ required: true, description: '培训班（TrainingClass.id）' }),
    rows: t.field({ type: [RosterRowInputRef], required: true }),
    mode: t.field({ type: ImportMode, required: true, description: '导入方式' }),
  }),
});

const RosterRowRef = builder.objectRef<RosterRowOutcome>('TrainingRosterRow').implement({
  description: '名册一行的校验结果',
  fields: (t) => ({
    index: t.exposeInt('index', { description: '行号（从 0 起，按提交顺序）' }),
    person: t.field({
      type: personRef(builder),
      nullable: true,
      description: '找到的人员',
      resolve: (r) => (r.personId ? { id: r.personId } : null),
    }),
    ageOnCompletion: t.exposeInt('ageOnCompletion', { nullable: true, description: '结业日周岁' }),
    errors: t.field({ type: [importRowErrorRef(builder)], description: '本行的错误', resolve: (r) => r.errors }),
    completionId: t.exposeID('completionId', { nullable: true, description: '写入的结业记录' }),
  }),
});

const RosterImportRef = builder.objectRef<RosterImport>('TrainingRosterImport').implement({
  description: '名册导入的结果：每行的错误，以及写入的人数',
  fields: (t) => ({
    mode: t.field({ type: ImportMode, resolve: (i) => i.mode }),
    rows: t.field({ type: [RosterRowRef], resolve: (i) => i.rows }),
    rowCount: t.int({ description: '提交的行数', resolve: (i) => i.rows.length }),
    errorCount: t.int({
      description: '有错误的行数',
      resolve: (i) => i.rows.filter((r) => r.errors.length > 0).length,
    }),
    written: t.exposeInt('written', { description: '写入的结业学员人数' }),
  }),
});

async function importRoster(
  ctx: Ctx,
  input: { classId: string; rows: readonly RosterRowInput[]; mode: ImportModeCode },
): Promise<RosterImport> {
  requireDuty(ctx.principal, DUTIES.SUBSIDISED_TRAINING, 'CLASS');
  requireImportRowCount(input.rows.length, 'input.rows', ROSTER_ROWS_MAX);
  const klass = input.classId ? await ctx.prisma.trainingClass.findUnique({ where: { id: input.classId } }) : null;
  if (!klass) {
    throw badInput(`未找到培训班：${input.classId.slice(0, 40)}`, { field: 'input.classId', reason: 'UNKNOWN_CLASS' });
  }
  const today = trainingToday();
  const period = { startsOn: toIsoDate(klass.startsOn), endsOn: toIsoDate(klass.endsOn) };
  const mayMatch = hasPermission(ctx.principal, 'pii:read');
  const outcomes: RosterRowOutcome[] = [];
  const checked = input.rows.map((row, index) => {
    const c = checkRosterRow(row, period, today);
    if (c.idNumber && !mayMatch) {
      c.errors.push({ code: 'ID_NUMBER_NOT_ALLOWED', field: 'idNumber', message: '无权按身份证号查找人员' });
    }
    outcomes.push({ index, personId: null, ageOnCompletion: c.age, errors: c.errors, completionId: null });
    return c;
  });

  // The lines in force on the completion dates (one query for the class's code), and who each ID number is (the
  // directory, 100 numbers a query).
  const lines = await ctx.prisma.trainingCatalogueLine.findMany({ where: { code: klass.catalogueCode } });
  const catalogue = validateCatalogue(
    lines.map((l) => lineItem(l)),
    'input.classId',
  );
  const lineOf = new Map<string, LineRow>();
  checked.forEach((c, i) => {
    if (!c.completedOn) return;
    const entry = catalogue.find(klass.catalogueCode, c.completedOn);
    const row = entry && lines.find((l) => toIsoDate(l.validFrom) === entry.validFrom);
    if (row) lineOf.set(c.completedOn, row);
    else {
      outcomes[i]!.errors.push({
        code: 'NO_CATALOGUE_LINE',
        field: 'completedOn',
        message: `目录编码 ${klass.catalogueCode} 在结业日（${c.completedOn}）没有有效的目录版本`,
      });
    }
  });
  const toMatch = checked.flatMap((c, i) => (c.idNumber && mayMatch ? [{ i, idNumber: c.idNumber }] : []));
  const matched = await ctx.references.personIdsByIdNumbers(toMatch.map((m) => m.idNumber));
  toMatch.forEach((m, k) => {
    const personId = matched[k];
    if (personId) outcomes[m.i]!.personId = personId;
    else {
      outcomes[m.i]!.errors.push({
        code: 'PERSON_NOT_FOUND',
        field: 'idNumber',
        message: `人员库中无此身份证号：${m.idNumber}`,
      });
    }
  });

  const existingOf = async (db: Tx | PrismaClient, ids: string[]) =>
    new Set(
      (
        await db.trainingCompletion.findMany({
          where: { classId: klass.id, personId: { in: ids } },
          select: { personId: true },
        })
      ).map((r) => r.personId),
    );
  const named = outcomes.flatMap((o) => (o.personId ? [o.personId] : []));
  const existing = await existingOf(ctx.prisma, named);
  const first = new Map<string, number>();
  for (const o of outcomes) {
    if (!o.personId) continue;
    const earlier = first.get(o.personId);
    if (earlier !== undefined) {
      o.errors.push({ code: 'DUPLICATE_ROW', field: 'idNumber', message: `与第 ${earlier + 1} 行是同一人` });
    } else first.set(o.personId, o.index);
    if (existing.has(o.personId)) {
      o.errors.push({ code: 'ALREADY_COMPLETED', field: 'idNumber', message: '此人员已在本班结业名册中' });
    }
  }

  const chosen = rowsToWrite(
    input.mode,
    outcomes.map((o) => o.errors),
  );
  if (chosen.length === 0) return { mode: input.mode, rows: outcomes, written: 0 };

  const written = await ctx.prisma.$transaction(
    async (tx) => {
      // Imports into one class queue here; what another import wrote meanwhile is not written again.
      await lockClass(tx, klass.id);
      const now = await existingOf(
        tx,
        chosen.map((i) => outcomes[i]!.personId!),
      );
      const write = chosen.filter((i) => !now.has(outcomes[i]!.personId!));
      for (const i of chosen) {
        if (now.has(outcomes[i]!.personId!)) {
          outcomes[i]!.errors.push({
            code: 'ALREADY_COMPLETED',
            field: 'idNumber',
            message: '此人员已在本班结业名册中',
          });
        }
      }
      if (input.mode === 'ALL_OR_NOTHING' && write.length < chosen.length) return 0;
      if (write.length === 0) return 0;
      const rows = write.map((i) => {
        const c = checked[i]!;
        const o = outcomes[i]!;
        const line = lineOf.get(c.completedOn!)!;
        o.completionId = crypto.randomUUID();
        return {
          id: o.completionId,
          classId: klass.id,
          personId: o.personId!,
          completedOn: parseIsoDate(c.completedOn!),
          ageOnCompletion: c.age!,
          wantsEmployment: input.rows[i]!.wantsEmployment!,
          certificateObtained: input.rows[i]!.certificateObtained!,
          reachedRetirementAge: input.rows[i]!.reachedRetirementAge ?? false,
          lineId: line.id,
          amountFen: line.amountFen,
          recordedBy: ctx.principal.accountId,
        };
      });
      await tx.trainingCompletion.createMany({ data: rows });
      await appendAudit(tx, ctx, {
        action: auditAction('IMPORT_ROSTER'),
        entityType: 'TrainingClass',
        entityId: klass.id,
        reason: `导入 ${input.rows.length} 行，写入 ${rows.length} 名结业学员`,
        before: null,
        after: {
          mode: input.mode,
          rows: input.rows.length,
          written: rows.length,
          completionIds: rows.map((r) => r.id),
        },
      });
      await appendFacts(
        tx,
        rows.map((r) => {
          const payload: SubsidisedTrainingCompletedV1 = {
            completionId: r.id,
            classId: klass.id,
            className: klass.name,
            providerId: klass.providerId,
            personId: r.personId,
            completedOn: toIsoDate(r.completedOn),
            countyCode: klass.countyCode,
            wantsEmploymentOrBusiness: r.wantsEmployment,
            certificateObtained: r.certificateObtained,
            reachedRetirementAge: r.reachedRetirementAge,
            line: lineFact(lineOf.get(toIsoDate(r.completedOn))!),
          };
          return {
            kind: 'SUBSIDISED_TRAINING_COMPLETED',
            version: FACT_EVENT_KINDS.SUBSIDISED_TRAINING_COMPLETED.version,
            subjectId: r.id,
            occurredOn: payload.completedOn,
            payload: { ...payload },
          };
        }),
      );
      return rows.length;
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
  if (written === 0) for (const o of outcomes) o.completionId = null;
  return { mode: input.mode, rows: outcomes, written };
}

builder.mutationFields((t) => ({
  importTrainingRoster: t.field({
    type: RosterImportRef,
    description:
      '导入培训班结业学员名册（市人社局，二(五)）：按完整身份证号在人员库中查找学员，结业日须在法定劳动年龄内' +
      `（${minWorkingAge('2025-01-01').clause}）；VALIDATE_ONLY 只校验，ALL_OR_NOTHING 任一行有错则不写入，VALID_ROWS_ONLY ` +
      '只写入无误的行。每班每人一条，重复导入的行报“已在名册中”；每名写入的学员一条资金事实',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: ImportTrainingRosterInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      importRoster(ctx, {
        classId: String(input.classId).trim(),
        mode: input.mode,
        rows: input.rows.map((r) => ({
          idNumber: r.idNumber ?? null,
          completedOn: r.completedOn ?? null,
          wantsEmployment: r.wantsEmployment ?? null,
          certificateObtained: r.certificateObtained ?? null,
          reachedRetirementAge: r.reachedRetirementAge ?? null,
        })),
      }),
  }),
}));
