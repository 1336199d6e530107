import { DUTIES, IMPORT_MODE } from '@jining/rules';
import {
  appendAudit,
  badInput,
  connectionNames,
  enumFromVocabulary,
  filteredList,
  IMPORT_ROWS_MAX,
  importRowErrorRef,
  personRef,
  requireDuty,
  uniqueOrConflict,
  z,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { importResults, type ResultRowOutcome, type ResultsImport } from '../domain/results-import.ts';
import { Medal } from './enums.ts';

/** 竞赛成绩: a person's or a team's placing in one competition; the fact 三(九) rewards and 四(十三) honours build on. */
export const CompetitionResult = builder.prismaObject('CompetitionResult', {
  description: '竞赛成绩（个人或团队）',
  fields: (t) => ({
    id: t.exposeID('id'),
    competition: t.relation('competition', { description: '所属竞赛' }),
    person: t.field({
      type: personRef(builder),
      nullable: true,
      description: '获奖个人（团队成绩可为空）',
      resolve: (row) => (row.personId ? { id: row.personId } : null),
    }),
    teamName: t.exposeString('teamName', { nullable: true, description: '参赛队名称（团队成绩）' }),
    team: t.relation('team', { nullable: true, description: '所属参赛队（团体成绩的队员）' }),
    rank: t.exposeInt('rank', { nullable: true, description: '名次（从 1 起）' }),
    medal: t.expose('medal', { type: Medal, nullable: true, description: '奖次' }),
  }),
});

builder.asEntity(CompetitionResult, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.prisma.competitionResult.findUnique({ where: { id: ref.id } }),
});

builder.queryFields((t) => ({
  // One result by id: what another domain asks before it writes a record resting on it (an honour's nomination
  // names the result it rests on, and takes the person and the tier from here: the kit's references).
  competitionResult: t.prismaField({
    type: CompetitionResult,
    nullable: true,
    description: '按 id 查询竞赛成绩（不存在为空）',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.competitionResult.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  competitionResults: t.prismaConnection(
    {
      type: CompetitionResult,
      cursor: 'id',
      description: '竞赛成绩列表',
      authScopes: { authenticated: true },
      args: { competitionId: t.arg.id({ required: false, description: '按竞赛筛选' }) },
      ...filteredList((ctx) => ctx.prisma.competitionResult, resultWhere),
    },
    ...connectionNames('CompetitionResult', '竞赛成绩分页列表'),
  ),
}));

function resultWhere(args: { competitionId?: string | number | null }) {
  return args.competitionId ? { competitionId: String(args.competitionId) } : {};
}

const RecordCompetitionResultInput = builder.inputType('RecordCompetitionResultInput', {
  description: '登记竞赛成绩：个人（personId）或团队（teamName）至少其一',
  fields: (t) => ({
    competitionId: t.id({ required: true }),
    personId: t.id({ required: false, description: '获奖个人（目录中的人员 id）' }),
    teamName: t.string({
      required: false,
      description: '参赛队名称',
      validate: z.string().trim().max(100, '参赛队名称不超过 100 个字').nullish(),
    }),
    rank: t.int({ required: false, description: '名次（从 1 起）' }),
    medal: t.field({ type: Medal, required: false }),
  }),
});

builder.mutationFields((t) => ({
  recordCompetitionResult: t.prismaField({
    type: CompetitionResult,
    description: '登记竞赛成绩（市人社局、市总工会，四(十三)）；同一人在同一竞赛只能有一条成绩',
    authScopes: { permission: 'competitions:manage' },
    args: { input: t.arg({ type: RecordCompetitionResultInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const personId = input.personId ? String(input.personId).trim() || null : null;
      const teamName = input.teamName?.trim() || null;
      if (!personId && !teamName) {
        throw badInput('成绩须对应获奖个人或参赛队', {
          field: 'input.personId',
          reason: 'PERSON_OR_TEAM_REQUIRED',
          messageEn: 'A result needs a person or a team name',
        });
      }
      if (input.rank != null && input.rank < 1) {
        throw badInput(`名次须为正整数：${input.rank}`, {
          field: 'input.rank',
          reason: 'INVALID_RANK',
          messageEn: 'rank must be ≥ 1',
        });
      }
      const competitionId = String(input.competitionId);
      const competition = await ctx.prisma.competition.findUnique({
        where: { id: competitionId },
        select: { id: true, tier: true },
      });
      if (!competition) {
        throw badInput(`未找到竞赛：${competitionId}`, {
          field: 'input.competitionId',
          reason: 'UNKNOWN_COMPETITION',
          messageEn: `Unknown competition: ${competitionId}`,
        });
      }
      requireDuty(ctx.principal, DUTIES.COMPETITION, competition.tier);
      if (personId) await ctx.references.requireKnown({ people: [{ field: 'input.personId', id: personId }] });
      // The unique index decides, so two concurrent entries cannot both pass.
      const created = await uniqueOrConflict(
        () =>
          // The result and its audit record in one transaction: a refused duplicate writes neither.
          ctx.prisma.$transaction(async (tx) => {
            const result = await tx.competitionResult.create({
              data: { competitionId, personId, teamName, rank: input.rank ?? null, medal: input.medal ?? null },
            });
            await appendAudit(tx, ctx, {
              action: 'RECORD_COMPETITION_RESULT',
              entityType: 'CompetitionResult',
              entityId: result.id,
              after: result,
            });
            return result;
          }),
        {
          message: '该人员在此竞赛中已有成绩，不能重复登记',
          field: 'input.personId',
          reason: 'DUPLICATE_RESULT',
          messageEn: 'This person already has a result in this competition',
        },
      );
      return ctx.prisma.competitionResult.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
}));

const ImportMode = enumFromVocabulary(builder, IMPORT_MODE);

const CompetitionResultRowInput = builder.inputType('CompetitionResultRowInput', {
  description: '一行成绩：人员（完整身份证号或人员 id 其一）、名次、奖次',
  fields: (t) => ({
    idNumber: t.string({ required: false, description: '完整的公民身份号码（须有查看完整号码的权限）' }),
    personId: t.id({ required: false, description: '人员库中的人员 id' }),
    rank: t.int({ required: false, description: '名次（从 1 起）' }),
    medal: t.field({ type: Medal, required: false }),
  }),
});

const RecordCompetitionResultsInput = builder.inputType('RecordCompetitionResultsInput', {
  description: `批量登记竞赛成绩（表格录入或 Excel 导入，一次至多 ${IMPORT_ROWS_MAX} 行）`,
  fields: (t) => ({
    competitionId: t.id({ required: true }),
    rows: t.field({ type: [CompetitionResultRowInput], required: true }),
    mode: t.field({ type: ImportMode, required: true, description: '导入方式' }),
  }),
});

const CompetitionResultRow = builder.objectRef<ResultRowOutcome>('CompetitionResultRow');
CompetitionResultRow.implement({
  description: '一行成绩的校验结果',
  fields: (t) => ({
    index: t.exposeInt('index', { description: '行号（从 0 起，按提交顺序）' }),
    person: t.field({
      type: personRef(builder),
      nullable: true,
      description: '找到的人员',
      resolve: (row) => (row.personId ? { id: row.personId } : null),
    }),
    rank: t.exposeInt('rank', { nullable: true }),
    medal: t.expose('medal', { type: Medal, nullable: true }),
    errors: t.field({
      type: [importRowErrorRef(builder)],
      description: '本行的错误（无错误为空）',
      resolve: (r) => r.errors,
    }),
    result: t.field({
      type: CompetitionResult,
      nullable: true,
      description: '本行写入的成绩（未写入为空）',
      resolve: (row, _args, ctx) =>
        row.resultId ? ctx.prisma.competitionResult.findUnique({ where: { id: row.resultId } }) : null,
    }),
  }),
});

const CompetitionResultsImport = builder.objectRef<ResultsImport>('CompetitionResultsImport');
CompetitionResultsImport.implement({
  description: '批量登记的结果：每行的错误，以及写入的行数',
  fields: (t) => ({
    mode: t.expose('mode', { type: ImportMode }),
    rows: t.field({ type: [CompetitionResultRow], resolve: (i) => i.rows }),
    rowCount: t.int({ description: '提交的行数', resolve: (i) => i.rows.length }),
    errorCount: t.int({
      description: '有错误的行数',
      resolve: (i) => i.rows.filter((r) => r.errors.length > 0).length,
    }),
    written: t.exposeInt('written', { description: '写入的成绩条数' }),
  }),
});

builder.mutationFields((t) => ({
  recordCompetitionResults: t.field({
    type: CompetitionResultsImport,
    description:
      '批量登记竞赛成绩（市人社局、市总工会，四(十三)）：VALIDATE_ONLY 只校验；ALL_OR_NOTHING 任一行有错则不写入；' +
      'VALID_ROWS_ONLY 只写入无误的行。同一人在同一竞赛只能有一条成绩，重复提交的行报“已有成绩”',
    authScopes: { permission: 'competitions:manage' },
    args: { input: t.arg({ type: RecordCompetitionResultsInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      importResults(ctx, {
        competitionId: String(input.competitionId),
        mode: input.mode,
        rows: input.rows.map((r) => ({
          idNumber: r.idNumber ?? null,
          personId: r.personId != null ? String(r.personId) : null,
          rank: r.rank ?? null,
          medal: r.medal ?? null,
        })),
      }),
  }),
}));
