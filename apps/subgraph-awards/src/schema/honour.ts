import { HONOUR_STATUS, POLICY_YEARS } from '@jining/rules';
import { chinaToday, connectionNames, filteredList, organisationRef, personRef, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import {
  approveHonour,
  averageScore,
  HONOUR_ACTIONS,
  HONOUR_STEPS,
  stepsFor,
  nominateHonour,
  publishHonours,
  recordHonourObjection,
  rejectHonour,
  resolveHonourObjection,
  revokeHonour,
  SCORE_MAX,
  scoreHonour,
} from '../domain/workflow.ts';
import { CompetitionTier, HonourKind, HonourStatus, ObjectionStatus } from './enums.ts';

const today = () => chinaToday();

/** 专家评分: one expert's score, with the account that entered it. */
export const HonourScore = builder.prismaObject('HonourScore', {
  description: '专家评审评分（录入人为经办账号）',
  fields: (t) => ({
    id: t.exposeID('id'),
    expertName: t.exposeString('expertName', { description: '评审专家' }),
    score: t.exposeInt('score', { description: `评分（0–${SCORE_MAX}）` }),
    comment: t.exposeString('comment', { nullable: true, description: '评审意见' }),
    enteredBy: t.exposeString('enteredBy', { description: '录入账号（account id）' }),
    enteredByName: t.exposeString('enteredByName', { description: '录入人' }),
    enteredAt: t.string({ description: '录入时间（ISO 8601）', resolve: (s) => s.enteredAt.toISOString() }),
  }),
});

/** 公示异议. */
export const HonourObjection = builder.prismaObject('HonourObjection', {
  description: '表彰公示异议',
  fields: (t) => ({
    id: t.exposeID('id'),
    text: t.exposeString('text', { description: '异议内容' }),
    status: t.expose('status', { type: ObjectionStatus, description: '处理状态' }),
    recordedBy: t.exposeString('recordedBy', { description: '登记账号' }),
    recordedAt: t.string({ description: '登记时间（ISO 8601）', resolve: (o) => o.recordedAt.toISOString() }),
    finding: t.exposeString('finding', { nullable: true, description: '核查结论' }),
    resolvedBy: t.exposeString('resolvedBy', { nullable: true, description: '处理账号' }),
    resolvedAt: t.string({
      nullable: true,
      description: '处理时间（ISO 8601）',
      resolve: (o) => o.resolvedAt?.toISOString() ?? null,
    }),
  }),
});

const HonourStep = builder.enumType('HonourStep', {
  description: '表彰办理步骤：评分、公示、登记异议、处理异议、批准、不予通过、撤销',
  values: HONOUR_STEPS,
});

const HonourAction = builder.enumType('HonourAction', {
  description: '表彰办理事项',
  values: Object.fromEntries(Object.keys(HONOUR_ACTIONS).map((a) => [a, { value: a }])) as Record<
    keyof typeof HONOUR_ACTIONS,
    { value: keyof typeof HONOUR_ACTIONS }
  >,
});

/** 办理记录: one line per step. */
export const HonourHistory = builder.prismaObject('HonourHistory', {
  description: '表彰办理记录（谁、何时、做了什么、备注）',
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.field({ type: HonourAction, description: '办理事项', resolve: (h) => h.action as never }),
    fromStatus: t.expose('fromStatus', { type: HonourStatus, nullable: true, description: '办理前状态' }),
    toStatus: t.expose('toStatus', { type: HonourStatus, description: '办理后状态' }),
    actorId: t.exposeString('actorId', { description: '办理账号（account id）' }),
    actorName: t.exposeString('actorName', { description: '办理人' }),
    note: t.exposeString('note', { nullable: true, description: '备注' }),
    at: t.string({ description: '办理时间（ISO 8601）', resolve: (h) => h.at.toISOString() }),
  }),
});

/** 表彰: an honour of a kind for a person in a year, with its review state. */
export const Honour = builder.prismaObject('Honour', {
  description:
    '表彰（济宁市首席技师、济宁大工匠、济宁工匠、济宁手造工匠、济宁市技术能手、技能状元；四(十三)、五(十四)）',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: HonourKind, description: '荣誉类别' }),
    year: t.exposeInt('year', { description: '评选年度' }),
    person: t.field({ type: personRef(builder), description: '获表彰人员', resolve: (row) => ({ id: row.personId }) }),
    status: t.expose('status', { type: HonourStatus, description: '状态' }),
    citation: t.exposeString('citation', { nullable: true, description: '推荐理由 / 事迹简介' }),
    proposingOrganisation: t.field({
      type: organisationRef(builder),
      nullable: true,
      description: '推荐单位（县市区或单位）',
      resolve: (row) => (row.proposingOrganisationId ? { id: row.proposingOrganisationId } : null),
    }),
    competitionResultId: t.exposeString('competitionResultId', {
      nullable: true,
      description: '所依据的竞赛获奖成绩（竞赛子图的成绩 id；技能状元、技术能手）',
    }),
    competitionTier: t.expose('competitionTier', {
      type: CompetitionTier,
      nullable: true,
      description: '所依据竞赛的级别（提名时取自竞赛库中该成绩所属的竞赛）',
    }),
    attestedBy: t.exposeString('attestedBy', {
      nullable: true,
      description: '证明人（首席技师：重点产业、支柱产业企业一线技能领军人才的证明）',
    }),
    attestation: t.exposeString('attestation', { nullable: true, description: '证明内容' }),
    nominatedBy: t.exposeString('nominatedBy', {
      nullable: true,
      description: '提名经办账号（account id）；该账号不能审定此提名',
    }),
    decidedBy: t.exposeString('decidedBy', { nullable: true, description: '审定账号（account id），不会是提名人' }),
    decidedAt: t.string({
      nullable: true,
      description: '审定时间（ISO 8601）',
      resolve: (row) => row.decidedAt?.toISOString() ?? null,
    }),
    publicityStartsOn: t.expose('publicityStartsOn', { type: 'Date', nullable: true, description: '公示起始日' }),
    publicityEndsOn: t.expose('publicityEndsOn', {
      type: 'Date',
      nullable: true,
      description: '公示截止日（含当日，受理异议的最后一天；次日起可批准）',
    }),
    certificateNo: t.exposeString('certificateNo', {
      nullable: true,
      description: '证书编号（批准时按类别、年度编号）',
    }),
    reason: t.exposeString('reason', { nullable: true, description: '不予通过或撤销的原因' }),
    scores: t.relation('scores', { description: '专家评分', query: { orderBy: { enteredAt: 'asc' } } }),
    averageScore: t.string({
      nullable: true,
      description: '专家平均分（两位小数）',
      select: { scores: { select: { score: true } } },
      resolve: (row) => averageScore(row.scores.map((s) => s.score)),
    }),
    objections: t.relation('objections', { description: '公示异议', query: { orderBy: { recordedAt: 'asc' } } }),
    openObjections: t.relationCount('objections', {
      description: '待处理的公示异议数',
      where: { status: 'OPEN' },
    }),
    history: t.relation('history', { description: '办理记录（按时间）', query: { orderBy: { at: 'asc' } } }),
    availableSteps: t.field({
      type: [HonourStep],
      description: '当前账号现在可办理的步骤（按职责、状态、经办与审核分离、公示期；批准时另核名额）',
      select: { objections: { select: { status: true } } },
      resolve: (row, _args, ctx) =>
        stepsFor(row, row.objections.filter((o) => o.status === 'OPEN').length, ctx.principal, today()),
    }),
  }),
});

builder.asEntity(Honour, {
  key: builder.selection<{ id: string }>('id'),
  // findUnique in one tick is batched by Prisma into one query: _entities stays one statement.
  resolveReference: (ref, ctx) => ctx.prisma.honour.findUnique({ where: { id: ref.id } }),
});

function honourWhere(args: {
  kind?: string | null;
  year?: number | null;
  status?: string | null;
  personId?: string | number | null;
}) {
  return {
    ...(args.kind ? { kind: args.kind as never } : {}),
    ...(args.year != null ? { year: args.year } : {}),
    ...(args.status ? { status: args.status as never } : {}),
    ...(args.personId ? { personId: String(args.personId) } : {}),
  };
}

builder.queryFields((t) => ({
  honours: t.prismaConnection(
    {
      type: Honour,
      cursor: 'id',
      description: '表彰列表',
      authScopes: { authenticated: true },
      args: {
        kind: t.arg({ type: HonourKind, required: false, description: '按荣誉类别筛选' }),
        year: t.arg.int({ required: false, description: '按年度筛选' }),
        status: t.arg({ type: HonourStatus, required: false, description: '按状态筛选' }),
        personId: t.arg.id({ required: false, description: '按人员筛选' }),
      },
      ...filteredList((ctx) => ctx.prisma.honour, honourWhere),
    },
    ...connectionNames('Honour', '表彰分页列表'),
  ),
  honour: t.prismaField({
    type: Honour,
    nullable: true,
    description: '按 id 查询表彰',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.honour.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  honourPublicity: t.prismaField({
    type: [Honour],
    description: `表彰公示名单：“${HONOUR_STATUS.label('IN_PUBLICITY')}”的表彰（可按年度、类别筛选；姓名、证件号由前端脱敏）`,
    authScopes: { authenticated: true },
    args: {
      year: t.arg.int({ required: false }),
      kind: t.arg({ type: HonourKind, required: false }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.honour.findMany({
        ...query,
        where: { ...honourWhere({ year: args.year, kind: args.kind }), status: 'IN_PUBLICITY' },
        orderBy: [{ kind: 'asc' }, { publicityEndsOn: 'asc' }, { id: 'asc' }],
        take: 500,
      }),
  }),
}));

const NominateHonourInput = builder.inputType('NominateHonourInput', {
  description: '提名表彰',
  fields: (t) => ({
    kind: t.field({ type: HonourKind, required: true }),
    year: t.int({
      required: true,
      description: `评选年度（政策有效期内：${POLICY_YEARS.first}–${POLICY_YEARS.last}）`,
    }),
    personId: t.id({ required: true, description: '被提名人员（目录中的人员 id）' }),
    citation: t.string({
      required: false,
      description: '推荐理由',
      validate: z.string().trim().max(2000, '推荐理由不超过 2000 个字').nullish(),
    }),
    proposingOrganisationId: t.id({ required: false, description: '推荐单位（县市区或单位，目录中的单位 id）' }),
    competitionResultId: t.string({
      required: false,
      description:
        '所依据的竞赛获奖成绩 id（技能状元、技术能手须填）：须为竞赛库中被提名人员本人的成绩，竞赛级别取自该成绩',
      validate: z.string().trim().max(100, '成绩编号不超过 100 个字').nullish(),
    }),
    competitionTier: t.field({
      type: CompetitionTier,
      required: false,
      description: '所依据竞赛的级别：不必填写，取自所依据的成绩；填写时须与该成绩所属竞赛的级别一致',
      deprecationReason: '竞赛级别取自 competitionResultId 所指成绩所属的竞赛',
    }),
    attestedBy: t.string({
      required: false,
      description: '证明人（首席技师须填：证明其为重点产业、支柱产业企业一线技能领军人才）',
      validate: z.string().trim().max(100, '证明人不超过 100 个字').nullish(),
    }),
    attestation: t.string({
      required: false,
      description: '证明内容（首席技师须填）',
      validate: z.string().trim().max(2000, '证明内容不超过 2000 个字').nullish(),
    }),
  }),
});

const ScoreHonourInput = builder.inputType('ScoreHonourInput', {
  description: '录入专家评分',
  fields: (t) => ({
    honourId: t.id({ required: true }),
    expertName: t.string({ required: true, description: '评审专家姓名' }),
    score: t.int({ required: true, description: `评分（0–${SCORE_MAX} 的整数）` }),
    comment: t.string({
      required: false,
      description: '评审意见',
      validate: z.string().trim().max(2000, '评审意见不超过 2000 个字').nullish(),
    }),
  }),
});

const PublishHonoursInput = builder.inputType('PublishHonoursInput', {
  description: '公示已评审的表彰',
  fields: (t) => ({
    honourIds: t.idList({ required: true, description: '要公示的表彰（均须“已评审”）' }),
    windowDays: t.int({ required: false, description: '公示期（自然日；不填按设置，默认 7 天）' }),
  }),
});

const RecordHonourObjectionInput = builder.inputType('RecordHonourObjectionInput', {
  description: '登记公示异议',
  fields: (t) => ({
    honourId: t.id({ required: true }),
    text: t.string({ required: true, description: '异议内容' }),
  }),
});

const ResolveHonourObjectionInput = builder.inputType('ResolveHonourObjectionInput', {
  description: '处理公示异议',
  fields: (t) => ({
    objectionId: t.id({ required: true }),
    upheld: t.boolean({ required: true, description: 'true 异议成立（不予通过），false 异议不成立' }),
    finding: t.string({ required: true, description: '核查结论' }),
  }),
});

builder.mutationFields((t) => ({
  nominateHonour: t.prismaField({
    type: Honour,
    description:
      '提名表彰（按荣誉类别由其牵头部门办理，四(十三)、五(十四)；技能状元、技术能手须载明竞赛成绩，首席技师须载明证明）；同一人同一年度同一类别只能有一条',
    authScopes: { permission: 'awards:manage' },
    args: { input: t.arg({ type: NominateHonourInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await nominateHonour(ctx, {
        ...input,
        personId: String(input.personId),
        proposingOrganisationId: input.proposingOrganisationId == null ? null : String(input.proposingOrganisationId),
      });
      return ctx.prisma.honour.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  scoreHonour: t.prismaField({
    type: Honour,
    description: '录入一位专家的评审评分（已提名或已评审；首个评分使其“已评审”）',
    authScopes: { permission: 'awards:manage' },
    args: { input: t.arg({ type: ScoreHonourInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const honourId = String(input.honourId);
      await scoreHonour(ctx, { ...input, honourId });
      return ctx.prisma.honour.findUniqueOrThrow({ ...query, where: { id: honourId } });
    },
  }),
  publishHonours: t.prismaField({
    type: [Honour],
    description: '公示已评审的表彰（公示期内受理异议，期满且无待处理异议方可批准）',
    authScopes: { permission: 'awards:manage' },
    args: { input: t.arg({ type: PublishHonoursInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const ids = await publishHonours(ctx, { ...input, honourIds: input.honourIds.map(String) }, today());
      return ctx.prisma.honour.findMany({ ...query, where: { id: { in: ids } }, orderBy: { id: 'asc' } });
    },
  }),
  recordHonourObjection: t.prismaField({
    type: Honour,
    description: '登记公示异议（公示期内）',
    authScopes: { permission: 'awards:manage' },
    args: { input: t.arg({ type: RecordHonourObjectionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const honourId = String(input.honourId);
      await recordHonourObjection(ctx, { honourId, text: input.text }, today());
      return ctx.prisma.honour.findUniqueOrThrow({ ...query, where: { id: honourId } });
    },
  }),
  resolveHonourObjection: t.prismaField({
    type: Honour,
    description: '处理公示异议：成立则不予通过，不成立则继续',
    authScopes: { permission: 'awards:manage' },
    args: { input: t.arg({ type: ResolveHonourObjectionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const honourId = await resolveHonourObjection(ctx, { ...input, objectionId: String(input.objectionId) });
      return ctx.prisma.honour.findUniqueOrThrow({ ...query, where: { id: honourId } });
    },
  }),
  approveHonour: t.prismaField({
    type: Honour,
    description: '批准表彰：公示期满、无待处理异议，由提名人以外的人员批准，不超过当年名额（五(十四)），并编发证书编号',
    authScopes: { permission: 'awards:manage' },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      await approveHonour(ctx, id, today());
      return ctx.prisma.honour.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  rejectHonour: t.prismaField({
    type: Honour,
    description: '不予通过（批准前；提名人以外的人员；须写明原因）',
    authScopes: { permission: 'awards:manage' },
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true, description: '原因' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      await rejectHonour(ctx, id, args.reason);
      return ctx.prisma.honour.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  revokeHonour: t.prismaField({
    type: Honour,
    description: '撤销已批准的表彰（须写明原因；证书编号不再使用）',
    authScopes: { permission: 'awards:manage' },
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true, description: '撤销原因' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      await revokeHonour(ctx, id, args.reason);
      return ctx.prisma.honour.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
