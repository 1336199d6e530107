import { H5_MEASURES, POLICY_YEARS } from '@jining/rules';
import { ENTITY_LIST_NULLABILITY, personRef, rowsPerEntity, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { recordStandingMeasure } from '../domain/workflow.ts';
import { Honour } from './honour.ts';

const MEASURE_WORDS = new Map(H5_MEASURES.map((m) => [m.code, m.zh]));

/** H5 (五(十五)): a standing measure taken for a person. */
export const StandingMeasure = builder.prismaObject('StandingMeasure', {
  description: '政治待遇和社会地位措施记录（H5，五(十五)：推荐、研修疗养等）',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: personRef(builder), resolve: (row) => ({ id: row.personId }) }),
    measure: t.exposeString('measure', { description: '措施（规则包 H5_MEASURES 的 code）' }),
    measureName: t.string({ description: '措施说明', resolve: (row) => MEASURE_WORDS.get(row.measure) ?? row.measure }),
    year: t.exposeInt('year', { description: '年度' }),
    note: t.exposeString('note', { nullable: true, description: '说明' }),
    recordedBy: t.exposeString('recordedBy', { description: '登记账号' }),
    recordedByName: t.exposeString('recordedByName', { description: '登记人' }),
    recordedAt: t.string({ description: '登记时间（ISO 8601）', resolve: (row) => row.recordedAt.toISOString() }),
  }),
});

// Person (owned by the directory) gains its honours and standing measures here: one batched query each for every
// person in a request.
builder.objectFields(personRef(builder), (t) => ({
  honours: t.loadableList({
    type: Honour,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '本人获得或被提名的表彰',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'personId',
        ctx.prisma.honour.findMany({ where: { personId: { in: ids } }, orderBy: [{ year: 'desc' }, { kind: 'asc' }] }),
      ),
  }),
  standingMeasures: t.loadableList({
    type: StandingMeasure,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '本人的政治待遇和社会地位措施记录（H5）',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'personId',
        ctx.prisma.standingMeasure.findMany({
          where: { personId: { in: ids } },
          orderBy: [{ year: 'desc' }, { recordedAt: 'asc' }],
        }),
      ),
  }),
}));

const RecordStandingMeasureInput = builder.inputType('RecordStandingMeasureInput', {
  description: '登记政治待遇和社会地位措施（H5，五(十五)）',
  fields: (t) => ({
    personId: t.id({ required: true }),
    measure: t.string({ required: true, description: '措施（standingMeasureKinds 的 code）' }),
    year: t.int({ required: true, description: `年度（${POLICY_YEARS.first}–${POLICY_YEARS.last}）` }),
    note: t.string({
      required: false,
      description: '说明（推荐的职务、参加的研修项目等）',
      validate: z.string().trim().max(2000, '说明不超过 2000 个字').nullish(),
    }),
  }),
});

builder.mutationFields((t) => ({
  recordStandingMeasure: t.prismaField({
    type: StandingMeasure,
    description: '登记政治待遇和社会地位措施（五(十五)所列部门）；同一人同一年度同一措施只登记一条',
    authScopes: { permission: 'awards:manage' },
    args: { input: t.arg({ type: RecordStandingMeasureInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await recordStandingMeasure(ctx, { ...input, personId: String(input.personId) });
      return ctx.prisma.standingMeasure.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
