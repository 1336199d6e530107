import {
  DUTIES,
  isCountyCode,
  ORDER_CLASS_ACTION,
  ORDER_CLASS_PROGRAMME,
  ORDER_CLASS_REPORT_STATUS,
  ORGANISATION_KIND,
  type OrderClassAction as RulesAction,
  type OrderClassReportStatus as RulesStatus,
} from '@jining/rules';
import {
  appendAudit,
  appendFact,
  badInput,
  connectionNames,
  countyRef,
  entityHistory,
  enumFromVocabulary,
  FACT_EVENT_KINDS,
  filteredList,
  isUniqueViolation,
  KitError,
  lockRowById,
  organisationRef,
  personRef,
  requireDuty,
  toIsoDate,
  z,
  type EntityHistoryLine,
  type OrderClassHiringReportedV1,
  type OrderClassHiringRevokedV1,
  type SubgraphContext,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { clean, requireId } from './inputs.ts';
import {
  checkConfirmer,
  checkContractYears,
  checkHireDate,
  checkKeyEvidence,
  checkReportYear,
  checkStartDate,
  liveReportKey,
  MAX_HIRES_PER_REPORT,
  minContractYears,
} from '../domain/order-class.ts';
import { trainingToday } from '../domain/settings.ts';
import {
  GraduateProgramme as StoredProgramme,
  OrderClassReportStatus as StoredStatus,
} from '../generated/prisma/enums.ts';
import type {
  OrderClassAgreement as AgreementRow,
  OrderClassHire as HireRow,
  OrderClassHiringReport as ReportRow,
  Prisma,
  PrismaClient,
} from '../generated/prisma/client.ts';

type Ctx = SubgraphContext<PrismaClient>;
type Tx = Prisma.TransactionClient;

export const GraduateProgramme = enumFromVocabulary(builder, ORDER_CLASS_PROGRAMME, { stored: StoredProgramme });
export const OrderClassReportStatus = enumFromVocabulary(builder, ORDER_CLASS_REPORT_STATUS, { stored: StoredStatus });
export const OrderClassAction = enumFromVocabulary(builder, ORDER_CLASS_ACTION);

/** The audit trail's action for a step (ORDER_CLASS_CONFIRM_REPORT …): the history reads it back. */
const AUDIT_PREFIX = 'ORDER_CLASS_';
const auditAction = (action: RulesAction) => `${AUDIT_PREFIX}${action}`;

/** 市属高校（含市技师学院）: a vocational college or a technical school of the directory. */
const COLLEGE_KINDS = {
  codes: ['VOCATIONAL_COLLEGE', 'TECHNICAL_SCHOOL'],
  zh: `${ORGANISATION_KIND.label('VOCATIONAL_COLLEGE')}或${ORGANISATION_KIND.label('TECHNICAL_SCHOOL')}`,
} as const;
const ENTERPRISE_KIND = { codes: ['ENTERPRISE'], zh: ORGANISATION_KIND.label('ENTERPRISE') } as const;

const className = z.string().trim().min(2, '订单班名称不能少于 2 个字').max(100, '订单班名称不超过 100 个字');
const keyEvidence = z.string().trim().max(200, '认定文件不超过 200 个字');
const note = z.string().trim().max(500, '说明不超过 500 个字');
const reason = z.string().trim().min(2, '理由不能少于 2 个字').max(500, '理由不超过 500 个字');

const agreementSnapshot = (a: AgreementRow) => ({
  enterpriseId: a.enterpriseId,
  collegeId: a.collegeId,
  countyCode: a.countyCode,
  className: a.className,
  programme: a.programme,
  contractYears: a.contractYears,
  startedOn: toIsoDate(a.startedOn),
  cityCollege: a.cityCollege,
});

const reportSnapshot = (r: ReportRow, hires: readonly HireRow[]) => ({
  status: r.status,
  enterpriseId: r.enterpriseId,
  year: r.year,
  countyCode: r.countyCode,
  keyEnterpriseOrProject: r.keyEnterpriseOrProject,
  keyEvidence: r.keyEvidence,
  statusReason: r.statusReason,
  hires: hires.map((h) => ({
    personId: h.personId,
    hireDate: toIsoDate(h.hireDate),
    fullTime: h.fullTime,
    programme: h.programme,
    fullTimeProgramme: h.fullTimeProgramme,
    contractYears: h.contractYears,
    agreementId: h.agreementId,
  })),
});

const AGREEMENT_TAKEN = new KitError('CONFLICT', '该企业与该院校的同名订单班协议已登记，不能重复登记', {
  field: 'input.className',
  reason: 'AGREEMENT_ALREADY_RECORDED',
  messageEn: 'This order-class agreement is already recorded',
});

const reportTaken = (year: number) =>
  new KitError('CONFLICT', `该企业 ${year} 年度的订单班聘用报告已报送，如需修改请更正原报告`, {
    field: 'input.year',
    reason: 'REPORT_ALREADY_SUBMITTED',
    messageEn: `The enterprise's report for ${year} is already submitted`,
  });

/** The enterprise's county from the directory, refusing an unknown or unplaceable one. */
async function enterpriseCounty(ctx: Ctx, enterpriseId: string): Promise<string> {
  const [found] = await ctx.references.organisationCounties([{ field: 'input.enterpriseId', id: enterpriseId }]);
  // Development without a directory knows no county: the city's own (任城区) stands in, as a county account's would.
  const countyCode = found ?? ctx.principal.countyCode ?? '370811';
  if (!isCountyCode(countyCode)) {
    throw badInput(`无法确定企业所在县（市、区）：${countyCode}`, {
      field: 'input.enterpriseId',
      reason: 'UNKNOWN_COUNTY',
    });
  }
  return countyCode;
}

// ——— types ———

type HistoryLine = EntityHistoryLine<RulesAction>;

const HistoryLineRef = builder.objectRef<HistoryLine>('OrderClassHistoryLine').implement({
  description: '订单班协议或聘用报告的办理记录（取自审计日志）',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.string({ description: '办理时间（ISO 8601）', resolve: (h) => h.at.toISOString() }),
    action: t.field({ type: OrderClassAction, description: '办理事项', resolve: (h) => h.action }),
    actorName: t.exposeString('actorName', { description: '办理人' }),
    note: t.exposeString('note', { nullable: true, description: '说明' }),
  }),
});

const history = (entityType: string) => (row: { id: string }, _args: object, ctx: Ctx) =>
  entityHistory(ctx.prisma, entityType, row.id, { prefix: AUDIT_PREFIX, has: (c) => ORDER_CLASS_ACTION.has(c) });

export const OrderClassAgreement = builder.prismaObject('OrderClassAgreement', {
  description: '订单班协议（R5，二(四)：重点企业、重点项目与市属高校（含市技师学院）联合订单式培养）',
  fields: (t) => ({
    id: t.exposeID('id'),
    enterprise: t.field({
      type: organisationRef(builder),
      description: '订单企业',
      resolve: (r) => ({ id: r.enterpriseId }),
    }),
    college: t.field({
      type: organisationRef(builder),
      description: '合作院校',
      resolve: (r) => ({ id: r.collegeId }),
    }),
    countyCode: t.exposeID('countyCode', { description: '企业所在县（市、区）代码（登记时取自单位库）' }),
    county: t.field({
      type: countyRef(builder),
      description: '企业所在县（市、区）',
      resolve: (r) => ({ code: r.countyCode }),
    }),
    className: t.exposeString('className', { description: '订单班名称' }),
    programme: t.expose('programme', { type: GraduateProgramme, description: '培养层次（毕业班次）' }),
    contractYears: t.exposeInt('contractYears', { description: '约定与毕业生签订的工作合同年限' }),
    startedOn: t.expose('startedOn', { type: 'Date', description: '开班日期' }),
    cityCollege: t.exposeBoolean('cityCollege', { description: '与市属高校（含市技师学院）联合' }),
    recordedBy: t.exposeString('recordedBy', { description: '登记人账号' }),
    history: t.field({ type: [HistoryLineRef], description: '办理记录', resolve: history('OrderClassAgreement') }),
  }),
});

export const OrderClassHire = builder.prismaObject('OrderClassHire', {
  description: '订单班毕业生的一名全职聘用',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: personRef(builder), description: '毕业生', resolve: (h) => ({ id: h.personId }) }),
    hireDate: t.expose('hireDate', { type: 'Date', description: '聘用日期' }),
    fullTime: t.exposeBoolean('fullTime', { description: '全职聘用' }),
    programme: t.expose('programme', { type: GraduateProgramme, description: '毕业班次' }),
    fullTimeProgramme: t.exposeBoolean('fullTimeProgramme', { description: '全日制' }),
    contractYears: t.exposeInt('contractYears', { description: '工作合同年限' }),
    agreement: t.relation('agreement', { description: '所在订单班' }),
  }),
});

export const OrderClassHiringReport = builder.prismaObject('OrderClassHiringReport', {
  description: '订单企业年度聘用报告（R5，二(四)）：报送后由另一名工作人员确认，确认时写入资金事实',
  fields: (t) => ({
    id: t.exposeID('id'),
    enterprise: t.field({
      type: organisationRef(builder),
      description: '订单企业（补贴对象）',
      resolve: (r) => ({ id: r.enterpriseId }),
    }),
    year: t.exposeInt('year', { description: '聘用年度' }),
    countyCode: t.exposeID('countyCode', { description: '企业所在县（市、区）代码（报送时取自单位库，承担县级分担）' }),
    county: t.field({
      type: countyRef(builder),
      description: '企业所在县（市、区）',
      resolve: (r) => ({ code: r.countyCode }),
    }),
    keyEnterpriseOrProject: t.exposeBoolean('keyEnterpriseOrProject', { description: '重点企业或重点项目' }),
    keyEvidence: t.exposeString('keyEvidence', { nullable: true, description: '重点企业（项目）认定文件' }),
    status: t.expose('status', { type: OrderClassReportStatus, description: '状态' }),
    statusReason: t.exposeString('statusReason', { nullable: true, description: '撤销理由' }),
    recordedBy: t.exposeString('recordedBy', { description: '报送（或最近更正）人账号' }),
    confirmedBy: t.exposeString('confirmedBy', { nullable: true, description: '确认人账号' }),
    hireCount: t.relationCount('hires', { description: '报送的全职聘用人数' }),
    minContractYears: t.int({
      description: '政策要求的最短工作合同年限（政策规则包 R5_MIN_CONTRACT_YEARS）',
      resolve: (r) => minContractYears(`${r.year}-12-31`).value,
    }),
    hires: t.relation('hires', {
      description: '全职聘用的订单班毕业生',
      query: { orderBy: [{ hireDate: 'asc' }, { id: 'asc' }] },
    }),
    history: t.field({ type: [HistoryLineRef], description: '办理记录', resolve: history('OrderClassHiringReport') }),
  }),
});

builder.asEntity(OrderClassHiringReport, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.prisma.orderClassHiringReport.findUnique({ where: { id: ref.id } }),
});

// ——— queries ———

interface AgreementFilter {
  enterpriseId?: string | number | null;
  collegeId?: string | number | null;
  countyCode?: string | number | null;
}
const agreementWhere = (a: AgreementFilter): Prisma.OrderClassAgreementWhereInput => ({
  ...(a.enterpriseId ? { enterpriseId: String(a.enterpriseId) } : {}),
  ...(a.collegeId ? { collegeId: String(a.collegeId) } : {}),
  ...(a.countyCode ? { countyCode: String(a.countyCode) } : {}),
});

interface ReportFilter {
  year?: number | null;
  enterpriseId?: string | number | null;
  countyCode?: string | number | null;
  status?: RulesStatus | null;
}
const reportWhere = (a: ReportFilter): Prisma.OrderClassHiringReportWhereInput => ({
  ...(a.year ? { year: a.year } : {}),
  ...(a.enterpriseId ? { enterpriseId: String(a.enterpriseId) } : {}),
  ...(a.countyCode ? { countyCode: String(a.countyCode) } : {}),
  ...(a.status ? { status: a.status } : {}),
});

builder.queryFields((t) => ({
  orderClassAgreements: t.prismaConnection(
    {
      type: OrderClassAgreement,
      cursor: 'id',
      description: '订单班协议列表（最新开班的在前）',
      authScopes: { authenticated: true },
      args: {
        enterpriseId: t.arg.id({ required: false, description: '按企业筛选' }),
        collegeId: t.arg.id({ required: false, description: '按院校筛选' }),
        countyCode: t.arg.id({ required: false, description: '按企业所在县（市、区）筛选' }),
      },
      ...filteredList((ctx) => ctx.prisma.orderClassAgreement, agreementWhere, [{ startedOn: 'desc' }, { id: 'asc' }]),
    },
    ...connectionNames('OrderClassAgreement'),
  ),
  orderClassHiringReports: t.prismaConnection(
    {
      type: OrderClassHiringReport,
      cursor: 'id',
      description: '订单企业年度聘用报告列表（最新年度在前）',
      authScopes: { authenticated: true },
      args: {
        year: t.arg.int({ required: false, description: '按聘用年度筛选' }),
        enterpriseId: t.arg.id({ required: false, description: '按企业筛选' }),
        countyCode: t.arg.id({ required: false, description: '按企业所在县（市、区）筛选' }),
        status: t.arg({ type: OrderClassReportStatus, required: false, description: '按状态筛选' }),
      },
      ...filteredList((ctx) => ctx.prisma.orderClassHiringReport, reportWhere, [
        { year: 'desc' },
        { createdAt: 'desc' },
        { id: 'asc' },
      ]),
    },
    ...connectionNames('OrderClassHiringReport'),
  ),
  orderClassHiringReport: t.prismaField({
    type: OrderClassHiringReport,
    nullable: true,
    description: '按 id 查询订单企业年度聘用报告',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.orderClassHiringReport.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
}));

// ——— inputs ———

const RecordOrderClassAgreementInput = builder.inputType('RecordOrderClassAgreementInput', {
  description: '登记订单班协议（二(四)）',
  fields: (t) => ({
    enterpriseId: t.id({ required: true, description: '订单企业 Organisation.id（企业）' }),
    collegeId: t.id({ required: true, description: '合作院校 Organisation.id（职业院校或技工院校）' }),
    className: t.string({ required: true, description: '订单班名称', validate: className }),
    programme: t.field({ type: GraduateProgramme, required: true, description: '培养层次（毕业班次）' }),
    contractYears: t.int({ required: true, description: '约定与毕业生签订的工作合同年限' }),
    startedOn: t.field({ type: 'Date', required: true, description: '开班日期，不得晚于今天' }),
    cityCollege: t.boolean({ required: true, description: '与市属高校（含市技师学院）联合' }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const OrderClassHireInput = builder.inputType('OrderClassHireInput', {
  description: '一名全职聘用的订单班毕业生',
  fields: (t) => ({
    personId: t.id({ required: true, description: '毕业生 Person.id' }),
    hireDate: t.field({ type: 'Date', required: true, description: '聘用日期（须在报告年度内）' }),
    fullTime: t.boolean({ required: true, description: '全职聘用' }),
    programme: t.field({ type: GraduateProgramme, required: true, description: '毕业班次' }),
    fullTimeProgramme: t.boolean({ required: true, description: '全日制' }),
    contractYears: t.int({ required: true, description: '工作合同年限' }),
    agreementId: t.id({ required: true, description: '所在订单班（OrderClassAgreement.id，须为本企业的订单班）' }),
  }),
});

const SubmitOrderClassHiringReportInput = builder.inputType('SubmitOrderClassHiringReportInput', {
  description: '报送订单企业年度聘用报告（每个企业每年一份）',
  fields: (t) => ({
    enterpriseId: t.id({ required: true, description: '订单企业 Organisation.id' }),
    year: t.int({ required: true, description: '聘用年度' }),
    keyEnterpriseOrProject: t.boolean({ required: true, description: '重点企业或重点项目' }),
    keyEvidence: t.string({
      required: false,
      description: '重点企业（项目）认定文件（文号或名称）',
      validate: keyEvidence,
    }),
    hires: t.field({ type: [OrderClassHireInput], required: true, description: '全职聘用的订单班毕业生' }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const CorrectOrderClassHiringReportInput = builder.inputType('CorrectOrderClassHiringReportInput', {
  description: '更正待确认的年度聘用报告（须写明理由；更正后须由更正人以外的人员确认）',
  fields: (t) => ({
    id: t.id({ required: true, description: '聘用报告（OrderClassHiringReport.id）' }),
    keyEnterpriseOrProject: t.boolean({ required: true, description: '重点企业或重点项目' }),
    keyEvidence: t.string({
      required: false,
      description: '重点企业（项目）认定文件（文号或名称）',
      validate: keyEvidence,
    }),
    hires: t.field({ type: [OrderClassHireInput], required: true, description: '全职聘用的订单班毕业生（整体替换）' }),
    reason: t.string({ required: true, description: '更正理由', validate: reason }),
  }),
});

const ConfirmOrderClassHiringReportInput = builder.inputType('ConfirmOrderClassHiringReportInput', {
  description: '确认年度聘用报告（须由报送人以外的人员办理）',
  fields: (t) => ({
    id: t.id({ required: true, description: '聘用报告（OrderClassHiringReport.id）' }),
    note: t.string({ required: false, description: '说明', validate: note }),
  }),
});

const RevokeOrderClassHiringReportInput = builder.inputType('RevokeOrderClassHiringReportInput', {
  description: '撤销年度聘用报告（更正，须写明理由；撤销后该年度可重新报送）',
  fields: (t) => ({
    id: t.id({ required: true, description: '聘用报告（OrderClassHiringReport.id）' }),
    reason: t.string({ required: true, description: '理由', validate: reason }),
  }),
});

// ——— the hires of a report ———

interface HireInput {
  personId: string | number;
  hireDate: Date;
  fullTime: boolean;
  programme: (typeof ORDER_CLASS_PROGRAMME.codes)[number];
  fullTimeProgramme: boolean;
  contractYears: number;
  agreementId: string | number;
}

type HireData = Omit<Prisma.OrderClassHireCreateManyInput, 'reportId'>;

/**
 * The hires as they will be stored, every one checked: at most MAX_HIRES_PER_REPORT, each graduate once and in the
 * directory, each from one of the enterprise's own order classes, dated in the year, contract years a whole number.
 * Refuses at the first fault, naming its field (input.hires[i].…).
 */
async function checkHires(
  ctx: Ctx,
  enterpriseId: string,
  year: number,
  hires: readonly HireInput[],
  today: string,
): Promise<HireData[]> {
  if (hires.length > MAX_HIRES_PER_REPORT) {
    throw badInput(`一份报告至多 ${MAX_HIRES_PER_REPORT} 名毕业生`, { field: 'input.hires', reason: 'TOO_MANY_HIRES' });
  }
  const seen = new Map<string, number>();
  const personIds = hires.map((h, i) => {
    const id = requireId(h.personId, `input.hires[${i}].personId`);
    const first = seen.get(id);
    if (first !== undefined) {
      throw badInput(`第 ${i + 1} 名毕业生与第 ${first + 1} 名重复`, {
        field: `input.hires[${i}].personId`,
        reason: 'DUPLICATE_HIRE',
        messageEn: `Hire ${i + 1} repeats hire ${first + 1}`,
      });
    }
    seen.set(id, i);
    return id;
  });
  const agreementIds = [...new Set(hires.map((h, i) => requireId(h.agreementId, `input.hires[${i}].agreementId`)))];
  const agreements = new Map(
    (await ctx.prisma.orderClassAgreement.findMany({ where: { id: { in: agreementIds } } })).map((a) => [a.id, a]),
  );
  const out: HireData[] = [];
  for (let i = 0; i < hires.length; i++) {
    const h = hires[i]!;
    const agreement = agreements.get(String(h.agreementId).trim());
    if (!agreement || agreement.enterpriseId !== enterpriseId) {
      throw badInput(`第 ${i + 1} 名毕业生所在订单班不是本企业登记的订单班`, {
        field: `input.hires[${i}].agreementId`,
        reason: agreement ? 'AGREEMENT_OF_ANOTHER_ENTERPRISE' : 'AGREEMENT_NOT_FOUND',
        messageEn: `Hire ${i + 1}'s order class is not one of this enterprise's`,
      });
    }
    const hireDate = toIsoDate(h.hireDate);
    checkHireDate(i, year, today, { hireDate, agreementStartedOn: toIsoDate(agreement.startedOn) });
    checkContractYears(h.contractYears, `input.hires[${i}].contractYears`);
    out.push({
      personId: personIds[i]!,
      hireDate: h.hireDate,
      fullTime: h.fullTime,
      programme: h.programme,
      fullTimeProgramme: h.fullTimeProgramme,
      contractYears: h.contractYears,
      agreementId: agreement.id,
    });
  }
  const exist = await ctx.references.peopleExist(personIds);
  const missing = exist.findIndex((e) => !e);
  if (missing >= 0) {
    throw badInput(`人员库中没有此人员（${personIds[missing]!.slice(0, 40)}）`, {
      field: `input.hires[${missing}].personId`,
      reason: 'PERSON_NOT_FOUND',
      messageEn: 'No such person in the directory',
    });
  }
  return out;
}

/**
 * A step on an existing report in one transaction: lock its row (concurrent steps queue here and the later ones see
 * what the first wrote), check the duty and the status, then the step's writes and one audit record.
 */
async function onReport(
  ctx: Ctx,
  rawId: string | number,
  allowed: readonly RulesStatus[],
  run: (
    tx: Tx,
    row: ReportRow,
    hires: HireRow[],
    today: string,
  ) => Promise<{ action: RulesAction; note: string | null }>,
): Promise<string> {
  const id = requireId(rawId, 'input.id');
  requireDuty(ctx.principal, DUTIES.ORDER_CLASS, 'HIRING_REPORT');
  const today = trainingToday();
  await ctx.prisma.$transaction(
    async (tx) => {
      await lockRowById(
        tx,
        'order_class_hiring_report',
        id,
        () => new KitError('NOT_FOUND', '订单班聘用报告不存在', { field: 'input.id', reason: 'REPORT_NOT_FOUND' }),
      );
      const row = await tx.orderClassHiringReport.findUniqueOrThrow({ where: { id } });
      const hires = await tx.orderClassHire.findMany({ where: { reportId: id }, orderBy: { id: 'asc' } });
      if (!allowed.includes(row.status)) {
        throw new KitError('CONFLICT', `该聘用报告${ORDER_CLASS_REPORT_STATUS.label(row.status)}，不能办理此事项`, {
          field: 'input.id',
          reason: 'WRONG_STATUS',
          messageEn: `The report is ${row.status}`,
        });
      }
      const done = await run(tx, row, hires, today);
      const after = await tx.orderClassHiringReport.findUniqueOrThrow({ where: { id } });
      const afterHires = await tx.orderClassHire.findMany({ where: { reportId: id }, orderBy: { id: 'asc' } });
      await appendAudit(tx, ctx, {
        action: auditAction(done.action),
        entityType: 'OrderClassHiringReport',
        entityId: id,
        reason: done.note,
        before: reportSnapshot(row, hires),
        after: reportSnapshot(after, afterHires),
      });
    },
    // Twenty identical requests queue on the row lock: room to wait their turn.
    { maxWait: 20_000, timeout: 20_000 },
  );
  return id;
}

/** The confirmed report as the fact finance completes into ORDER_CLASS_HIRING for the rules. */
async function emitReport(tx: Tx, row: ReportRow, hires: readonly HireRow[], today: string) {
  const agreements = new Map(
    (
      await tx.orderClassAgreement.findMany({ where: { id: { in: [...new Set(hires.map((h) => h.agreementId))] } } })
    ).map((a) => [a.id, a]),
  );
  const list = hires.map((h) => ({
    personId: h.personId,
    hireDate: toIsoDate(h.hireDate),
    fullTime: h.fullTime,
    programme: h.programme,
    fullTimeProgramme: h.fullTimeProgramme,
    contractYears: h.contractYears,
    agreementId: h.agreementId,
    cityCollege: agreements.get(h.agreementId)?.cityCollege ?? false,
  }));
  const payload: OrderClassHiringReportedV1 = {
    reportId: row.id,
    enterpriseId: row.enterpriseId,
    year: row.year,
    keyEnterpriseOrProject: row.keyEnterpriseOrProject,
    keyEvidence: row.keyEvidence,
    // 与市属高校（含市技师学院）联合订单式培养: every graduate reported comes from such a class.
    cityCollegeAgreement: list.length > 0 && list.every((h) => h.cityCollege),
    hires: list,
    countyCode: row.countyCode,
  };
  await appendFact(tx, {
    kind: 'ORDER_CLASS_HIRING_REPORTED',
    version: FACT_EVENT_KINDS.ORDER_CLASS_HIRING_REPORTED.version,
    subjectId: row.id,
    occurredOn: today < `${row.year}-12-31` ? today : `${row.year}-12-31`,
    payload: { ...payload },
  });
}

const returnReport = (ctx: Ctx, query: object, id: string) =>
  ctx.prisma.orderClassHiringReport.findUniqueOrThrow({ ...query, where: { id } });

// ——— mutations ———

builder.mutationFields((t) => ({
  recordOrderClassAgreement: t.prismaField({
    type: OrderClassAgreement,
    description: '登记订单班协议（市人社局，二(四)）：企业与职业院校（含技工院校）联合订单式培养；企业所在县取自单位库',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: RecordOrderClassAgreementInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.ORDER_CLASS, 'AGREEMENT');
      checkStartDate(toIsoDate(input.startedOn), trainingToday());
      checkContractYears(input.contractYears, 'input.contractYears');
      const enterpriseId = requireId(input.enterpriseId, 'input.enterpriseId');
      const collegeId = requireId(input.collegeId, 'input.collegeId');
      await ctx.references.requireKnown({
        organisations: [
          { field: 'input.enterpriseId', id: enterpriseId, kinds: ENTERPRISE_KIND },
          { field: 'input.collegeId', id: collegeId, kinds: COLLEGE_KINDS },
        ],
      });
      const countyCode = await enterpriseCounty(ctx, enterpriseId);
      let created: AgreementRow;
      try {
        created = await ctx.prisma.$transaction(async (tx) => {
          const row = await tx.orderClassAgreement.create({
            data: {
              enterpriseId,
              collegeId,
              countyCode,
              className: input.className.trim(),
              programme: input.programme,
              contractYears: input.contractYears,
              startedOn: input.startedOn,
              cityCollege: input.cityCollege,
              recordedBy: ctx.principal.accountId,
            },
          });
          await appendAudit(tx, ctx, {
            action: auditAction('RECORD_AGREEMENT'),
            entityType: 'OrderClassAgreement',
            entityId: row.id,
            reason: clean(input.note),
            before: null,
            after: agreementSnapshot(row),
          });
          return row;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw AGREEMENT_TAKEN;
        throw error;
      }
      return ctx.prisma.orderClassAgreement.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),

  submitOrderClassHiringReport: t.prismaField({
    type: OrderClassHiringReport,
    description:
      '报送订单企业年度聘用报告（市人社局；每个企业每年一份，待另一名工作人员确认）：企业所在县取自单位库，承担县级分担',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: SubmitOrderClassHiringReportInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.ORDER_CLASS, 'HIRING_REPORT');
      const today = trainingToday();
      checkReportYear(input.year, today);
      const evidence = clean(input.keyEvidence);
      checkKeyEvidence(input.keyEnterpriseOrProject, evidence);
      const enterpriseId = requireId(input.enterpriseId, 'input.enterpriseId');
      await ctx.references.requireKnown({
        organisations: [{ field: 'input.enterpriseId', id: enterpriseId, kinds: ENTERPRISE_KIND }],
      });
      const countyCode = await enterpriseCounty(ctx, enterpriseId);
      const hires = await checkHires(ctx, enterpriseId, input.year, input.hires, today);
      let created: ReportRow;
      try {
        created = await ctx.prisma.$transaction(
          async (tx) => {
            const row = await tx.orderClassHiringReport.create({
              data: {
                enterpriseId,
                year: input.year,
                countyCode,
                keyEnterpriseOrProject: input.keyEnterpriseOrProject,
                keyEvidence: evidence,
                recordedBy: ctx.principal.accountId,
                liveKey: liveReportKey(enterpriseId, input.year, true),
              },
            });
            await tx.orderClassHire.createMany({ data: hires.map((h) => ({ ...h, reportId: row.id })) });
            const stored = await tx.orderClassHire.findMany({ where: { reportId: row.id }, orderBy: { id: 'asc' } });
            await appendAudit(tx, ctx, {
              action: auditAction('SUBMIT_REPORT'),
              entityType: 'OrderClassHiringReport',
              entityId: row.id,
              reason: clean(input.note) ?? `${input.year} 年度，全职聘用 ${hires.length} 人`,
              before: null,
              after: reportSnapshot(row, stored),
            });
            return row;
          },
          { maxWait: 20_000, timeout: 20_000 },
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw reportTaken(input.year);
        throw error;
      }
      return returnReport(ctx, query, created.id);
    },
  }),

  correctOrderClassHiringReport: t.prismaField({
    type: OrderClassHiringReport,
    description: '更正待确认的年度聘用报告（须写明理由，原内容留在办理记录中；更正后由更正人以外的人员确认）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: CorrectOrderClassHiringReportInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.ORDER_CLASS, 'HIRING_REPORT');
      const evidence = clean(input.keyEvidence);
      checkKeyEvidence(input.keyEnterpriseOrProject, evidence);
      const why = input.reason.trim();
      const current = await ctx.prisma.orderClassHiringReport.findUnique({ where: { id: String(input.id).trim() } });
      // The hires are checked before the transaction (they ask the directory); the row lock then sees the status.
      const hires = current
        ? await checkHires(ctx, current.enterpriseId, current.year, input.hires, trainingToday())
        : [];
      const id = await onReport(ctx, input.id, ['SUBMITTED'], async (tx, row) => {
        await tx.orderClassHire.deleteMany({ where: { reportId: row.id } });
        await tx.orderClassHire.createMany({ data: hires.map((h) => ({ ...h, reportId: row.id })) });
        await tx.orderClassHiringReport.update({
          where: { id: row.id },
          data: {
            keyEnterpriseOrProject: input.keyEnterpriseOrProject,
            keyEvidence: evidence,
            // Whoever corrects a report answers for it: someone else confirms it.
            recordedBy: ctx.principal.accountId,
          },
        });
        return { action: 'CORRECT_REPORT', note: why };
      });
      return returnReport(ctx, query, id);
    },
  }),

  confirmOrderClassHiringReport: t.prismaField({
    type: OrderClassHiringReport,
    description:
      '确认年度聘用报告（报送人以外的人员）：写入资金事实，由财政按政策规则核定订单用才补贴（市、县５:５分担）',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: ConfirmOrderClassHiringReportInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await onReport(ctx, input.id, ['SUBMITTED'], async (tx, row, hires, today) => {
        checkConfirmer(row.recordedBy, ctx.principal.accountId);
        const confirmed = await tx.orderClassHiringReport.update({
          where: { id: row.id },
          data: { status: 'CONFIRMED', confirmedBy: ctx.principal.accountId, confirmedAt: new Date() },
        });
        await emitReport(tx, confirmed, hires, today);
        return { action: 'CONFIRM_REPORT', note: clean(input.note) ?? `全职聘用 ${hires.length} 人` };
      });
      return returnReport(ctx, query, id);
    },
  }),

  revokeOrderClassHiringReport: t.prismaField({
    type: OrderClassHiringReport,
    description:
      '撤销年度聘用报告（更正，须写明理由）：已确认的写入撤销事实，财政据此撤销尚未发放的补贴；该年度可重新报送',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: RevokeOrderClassHiringReportInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const why = input.reason.trim();
      const id = await onReport(ctx, input.id, ['SUBMITTED', 'CONFIRMED'], async (tx, row, _hires, today) => {
        await tx.orderClassHiringReport.update({
          where: { id: row.id },
          data: { status: 'REVOKED', statusReason: why, liveKey: null },
        });
        if (row.status === 'CONFIRMED') {
          const payload: OrderClassHiringRevokedV1 = {
            reportId: row.id,
            enterpriseId: row.enterpriseId,
            year: row.year,
            reason: why,
          };
          await appendFact(tx, {
            kind: 'ORDER_CLASS_HIRING_REVOKED',
            version: FACT_EVENT_KINDS.ORDER_CLASS_HIRING_REVOKED.version,
            subjectId: row.id,
            occurredOn: today,
            payload: { ...payload },
          });
        }
        return { action: 'REVOKE_REPORT', note: why };
      });
      return returnReport(ctx, query, id);
    },
  }),
}));
