import { FACT_EVENT_KINDS } from '@jining/subgraph-kit';
import {
  APPRENTICESHIP_ACTION,
  EDUCATION_INVESTMENT_ACTION,
  citeClause,
  ORDER_CLASS_ACTION,
  TRAINING_CLASS_ACTION,
} from '@jining/rules';
import {
  connectionNames,
  ENTITY_LIST_NULLABILITY,
  filteredList,
  organisationRef,
  personRef,
  rowsPerEntity,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { FactOutcome } from './enums.ts';

interface StoredReason {
  code: string;
  ruleId: string;
  clause: string;
  zh: string;
}

const FACT_KIND_LABELS: Record<keyof typeof FACT_EVENT_KINDS, string> = {
  SKILL_CERTIFICATE_RECORDED: '登记职业技能等级证书',
  SKILL_CERTIFICATE_REVOKED: '撤销职业技能等级证书',
  MASTER_STUDIO_APPROVED: '遴选技能大师工作室',
  MASTER_STUDIO_REVOKED: '撤销技能大师工作室命名',
  CRAFTSMAN_COLLEGE_APPROVED: '批准建设市级工匠学院',
  CRAFTSMAN_COLLEGE_REVOKED: '撤销工匠学院批准',
  COLLEGE_MAJOR_APPROVED: '确认高水平专业（群）',
  COLLEGE_MAJOR_REVOKED: '撤销高水平专业（群）',
  COLLEGE_PRIZE_RECORDED: '登记职业院校技能大赛获奖',
  COLLEGE_PRIZE_REVOKED: '撤销职业院校技能大赛获奖',
  SKILL_AWARD_RECORDED: '登记技能奖项',
  SKILL_AWARD_REVOKED: '撤销技能奖项',
  GRADUATE_HIRING_YEAR_RECORDED: '确认毕业生参保年度',
  GRADUATE_HIRE_REVOKED: '撤销毕业生聘用登记',
  APPRENTICESHIP_YEAR_COMPLETED: APPRENTICESHIP_ACTION.label('CONFIRM_YEAR'),
  APPRENTICESHIP_REVOKED: APPRENTICESHIP_ACTION.label('REVOKE_AGREEMENT'),
  ORDER_CLASS_HIRING_REPORTED: ORDER_CLASS_ACTION.label('CONFIRM_REPORT'),
  ORDER_CLASS_HIRING_REVOKED: ORDER_CLASS_ACTION.label('REVOKE_REPORT'),
  EDUCATION_INVESTMENT_RECORDED: EDUCATION_INVESTMENT_ACTION.label('RECORD'),
  EDUCATION_INVESTMENT_CORRECTED: EDUCATION_INVESTMENT_ACTION.label('CORRECT'),
  SUBSIDISED_TRAINING_COMPLETED: '补贴性职业技能培训结业',
  SUBSIDISED_TRAINING_REVOKED: TRAINING_CLASS_ACTION.label('REVOKE_COMPLETION'),
};

const FactReason = builder.objectRef<StoredReason>('FactReason').implement({
  description: '不予享受的理由（政策规则包给出）',
  fields: (t) => ({
    code: t.exposeString('code', { description: '理由代码' }),
    ruleId: t.exposeString('ruleId', { description: '政策条目' }),
    clause: t.exposeString('clause'),
    citation: t.string({
      description: '条款出处，如 济人社发〔2024〕9号 第二部分（二）',
      resolve: (r) => citeClause(r.clause),
    }),
    text: t.exposeString('zh', { description: '理由' }),
  }),
});

/** 事实核定: a fact a domain recorded, as finance received it, and what the rules made of it. */
export const FactDecision = builder.prismaObject('Fact', {
  name: 'FactDecision',
  description: '事实及其核定结果：各业务领域登记的事实（证书、奖项等）经政策规则包核定的结论，包括不予享受的理由',
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.exposeString('source', { description: '来源领域（evaluation 等）' }),
    kind: t.exposeString('kind', { description: '事实类型代码' }),
    kindLabel: t.string({
      description: '事实类型',
      resolve: (row) => FACT_KIND_LABELS[row.kind as keyof typeof FACT_KIND_LABELS] ?? row.kind,
    }),
    subjectId: t.exposeString('subjectId', { description: '该事实在来源领域中的记录编号' }),
    occurredOn: t.expose('occurredOn', { type: 'Date', description: '发生日期' }),
    outcome: t.expose('outcome', { type: FactOutcome, description: '核定结果' }),
    reasons: t.field({
      type: [FactReason],
      description: '不予享受的理由',
      resolve: (row) => (Array.isArray(row.reasons) ? (row.reasons as unknown as StoredReason[]) : []),
    }),
    note: t.exposeString('note', { nullable: true, description: '说明（不重复享受、无法核定的原因）' }),
    beneficiaryPerson: t.field({
      type: personRef(builder),
      nullable: true,
      resolve: (row) => (row.beneficiaryPersonId ? { id: row.beneficiaryPersonId } : null),
    }),
    beneficiaryOrganisation: t.field({
      type: organisationRef(builder),
      nullable: true,
      resolve: (row) => (row.beneficiaryOrganisationId ? { id: row.beneficiaryOrganisationId } : null),
    }),
    receivedAt: t.string({ description: '收到时间（ISO 8601）', resolve: (row) => row.receivedAt.toISOString() }),
  }),
});

function factWhere(args: { outcome?: string | null; source?: string | null }): Prisma.FactWhereInput {
  return {
    ...(args.outcome ? { outcome: args.outcome as never } : {}),
    ...(args.source ? { source: args.source } : {}),
  };
}

builder.queryFields((t) => ({
  factDecisions: t.prismaConnection(
    {
      type: FactDecision,
      cursor: 'id',
      description: '事实核定列表：最新的在前',
      authScopes: { authenticated: true },
      args: {
        outcome: t.arg({ type: FactOutcome, required: false }),
        source: t.arg.string({ required: false, description: '来源领域' }),
      },
      ...filteredList((ctx) => ctx.prisma.fact, factWhere, [{ receivedAt: 'desc' }, { id: 'asc' }]),
    },
    ...connectionNames('FactDecision'),
  ),
}));

// A unit's record lists the facts that fund it (studios …), eligible or not.
builder.objectFields(organisationRef(builder), (t) => ({
  factDecisions: t.loadableList({
    type: FactDecision,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '该单位的事实及核定结果（含不予享受的理由）',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'beneficiaryOrganisationId',
        ctx.prisma.fact.findMany({
          where: { beneficiaryOrganisationId: { in: ids } },
          orderBy: [{ occurredOn: 'desc' }, { receivedAt: 'desc' }],
        }),
      ),
  }),
}));

// A person's record lists every fact about them with its decision, eligible or not.
builder.objectFields(personRef(builder), (t) => ({
  factDecisions: t.loadableList({
    type: FactDecision,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '该人员的事实及核定结果（含不予享受的理由）',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'beneficiaryPersonId',
        ctx.prisma.fact.findMany({
          where: { beneficiaryPersonId: { in: ids } },
          orderBy: [{ occurredOn: 'desc' }, { receivedAt: 'desc' }],
        }),
      ),
  }),
}));
