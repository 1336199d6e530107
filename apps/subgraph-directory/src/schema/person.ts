import { maskResidentId, parseResidentId } from '@jining/reference-data';
import { DUTIES, skillLevelRank, type SkillLevel as LevelCode } from '@jining/rules';
import {
  connectionNames,
  filteredList,
  appendAudit,
  badInput,
  hasPermission,
  parseIsoDate,
  requireDuty,
  SERVICE_PRINCIPALS,
  z,
  type SubgraphContext,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { personSnapshot } from './audit-snapshots.ts';
import { BY_IDS_LIMIT, requireIdList } from './by-ids.ts';
import { requireCounty } from './county-lookup.ts';
import { Gender, SkillLevel } from './enums.ts';
import { namePrefixRange } from './name-prefix.ts';

const ID_PROBLEMS = {
  FORMAT: '身份证号码应为 18 位（末位可为 X）',
  BIRTH_DATE: '身份证号码中的出生日期无效',
  CHECK_DIGIT: '身份证号码校验位错误（GB 11643）',
} as const;

/** 人员: one record per person, keyed by id; the resident ID number lives only here. */
export const Person = builder.prismaObject('Person', {
  description: '人员',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    // Always masked, whoever asks: the full number is shown only by revealIdNumber, which takes a reason and is
    // audited (reveal-id-number.ts).
    idNumber: t.string({
      description: '公民身份号码（脱敏）：完整号码请用 revealIdNumber 查看（需填写理由，记入审计日志）',
      resolve: (person) => maskResidentId(person.idNumber),
    }),
    // The masked ID number keeps the region and the last four digits; its hidden middle is the birth date. A full
    // birth date beside it would rebuild the number, so only callers who may see the number see the date; everyone
    // else gets the year, which is what ages and statistics need. (Gender is the 17th digit, already in the masked
    // number's last four, so showing it reveals nothing more.)
    birthDate: t.field({
      type: 'Date',
      nullable: true,
      description: '出生日期（取自身份证号码）：需要查看个人敏感信息的权限，否则为空（见 birthYear）',
      // Finance's fact consumer (a service principal, protocol/service.ts): the rules take the birth date for an age
      // on a date (R6, R15/R16) and finance keeps it inside the rules fact, serving only the age. By its accountId, not
      // by facts:read, which the directory's own level consumer also holds and which needs no birth date.
      resolve: (person, _args, ctx) =>
        hasPermission(ctx.principal, 'pii:read') ||
        ctx.principal.accountId === SERVICE_PRINCIPALS.FINANCE_FACTS.accountId
          ? person.birthDate
          : null,
    }),
    birthYear: t.int({
      description: '出生年份（取自身份证号码）',
      resolve: (person) => person.birthDate.getUTCFullYear(),
    }),
    gender: t.expose('gender', { type: Gender, description: '性别（取自身份证号码）' }),
    county: t.relation('county'),
    employer: t.relation('employer', { nullable: true, description: '工作单位' }),
  }),
});

builder.asEntity(Person, {
  key: builder.selection<{ id: string }>('id'),
  // findUnique in one tick is batched by Prisma into a single query: _entities stays one statement.
  resolveReference: (ref, ctx) => ctx.prisma.person.findUnique({ where: { id: ref.id } }),
});

builder.queryFields((t) => ({
  people: t.prismaConnection(
    {
      type: Person,
      cursor: 'id',
      description: '人员列表（可按县、工作单位、技能等级、姓名开头筛选）',
      authScopes: { authenticated: true },
      args: {
        countyCode: t.arg.id({ required: false }),
        employerId: t.arg.id({ required: false, description: '按工作单位筛选（单位页面的在职人员）' }),
        search: t.arg.string({
          required: false,
          description:
            `按姓名开头检索（姓名以所填文字开头，如填“张”查姓张的人员，至多 ${SEARCH_MAX} 个字）；` +
            '有查看个人敏感信息权限的账号也可按完整身份证号码检索',
          validate: z.string().trim().max(SEARCH_MAX, `检索内容不超过 ${SEARCH_MAX} 个字`),
        }),
        minLevel: t.arg({
          type: SkillLevel,
          required: false,
          description:
            '至少达到此技能等级：按本人未撤销证书中的最高等级筛选。等级来自评价领域的证书事实，' +
            '证书登记或撤销后数秒内反映到此筛选（最终一致）；人员的 highestLevel 字段始终为评价领域的即时结果',
        }),
      },
      ...filteredList((ctx) => ctx.prisma.person, personWhere),
    },
    ...connectionNames('Person'),
  ),
  person: t.prismaField({
    type: Person,
    nullable: true,
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.person.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  peopleByIds: t.prismaField({
    type: [Person],
    nullable: { list: false, items: true },
    description: `按编号批量取人员（至多 ${BY_IDS_LIMIT} 个）：与 ids 同序，不存在的为空（供其他领域核对引用、补全事实）`,
    authScopes: { authenticated: true },
    args: { ids: t.arg.idList({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const ids = requireIdList(args.ids);
      const rows = await ctx.prisma.person.findMany({ ...query, where: { id: { in: [...new Set(ids)] } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    },
  }),
  personIdsByIdNumbers: t.idList({
    nullable: { list: false, items: true },
    description:
      `按完整的公民身份号码批量取人员编号（至多 ${BY_IDS_LIMIT} 个）：与号码同序，无此人为空。` +
      '只对可查看完整号码者（身份证号匹配服务代其查询）开放，只回编号，不回号码',
    // As the people search: a full number finds its holder only for callers who may see numbers.
    authScopes: { permission: 'pii:read' },
    args: { idNumbers: t.arg.stringList({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const numbers = requireIdList(args.idNumbers).map((n) => n.trim().toUpperCase());
      const rows = await ctx.prisma.person.findMany({
        where: { idNumber: { in: [...new Set(numbers)] } },
        select: { id: true, idNumber: true },
      });
      const byNumber = new Map(rows.map((r) => [r.idNumber, r.id]));
      return numbers.map((n) => byNumber.get(n) ?? null);
    },
  }),
}));

/** The longest search: a name is at most 30 characters (CreatePersonInput), an ID number 18. */
const SEARCH_MAX = 30;

function personWhere(
  args: {
    countyCode?: string | number | null;
    employerId?: string | number | null;
    search?: string | null;
    minLevel?: LevelCode | null;
  },
  ctx: SubgraphContext<PrismaClient>,
) {
  const search = args.search?.trim();
  // 姓名以…开头 (Chinese names start with the surname, which is what staff type): a range a b-tree on
  // (county_code, name) or (name) serves, where an infix `contains` read every row of the county (name-prefix.ts).
  const name = search ? namePrefixRange(search) : null;
  return {
    ...(args.countyCode ? { countyCode: String(args.countyCode) } : {}),
    ...(args.employerId ? { employerId: String(args.employerId) } : {}),
    // The read model's highest valid level (levels/read-model.ts), indexed with the county.
    ...(args.minLevel ? { highestLevelRank: { gte: skillLevelRank(args.minLevel) } } : {}),
    // A full ID number finds its holder, for callers who may see ID numbers only: for anyone else the search would
    // confirm a guess, and a masked number, its check digit and birthYear leave about 30 candidates to try. Partial
    // numbers never match, so masked numbers cannot be probed digit by digit.
    ...(search && name
      ? hasPermission(ctx.principal, 'pii:read')
        ? { OR: [{ name }, { idNumber: search.toUpperCase() }] }
        : { name }
      : {}),
  };
}

const CreatePersonInput = builder.inputType('CreatePersonInput', {
  fields: (t) => ({
    name: t.string({
      required: true,
      validate: z.string().trim().min(2, '姓名至少 2 个字').max(30, '姓名不超过 30 个字'),
    }),
    idNumber: t.string({ required: true, description: '公民身份号码（18 位）' }),
    countyCode: t.id({ required: true, description: '户籍或常住地所在县（市、区）' }),
    employerId: t.id({ required: false }),
  }),
});

builder.mutationFields((t) => ({
  createPerson: t.prismaField({
    type: Person,
    description: '登记人员：校验身份证号码，出生日期与性别由号码得出',
    authScopes: { permission: 'directory:manage' },
    args: { input: t.arg({ type: CreatePersonInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.DIRECTORY, 'PERSON');
      const parsed = parseResidentId(input.idNumber);
      if (!parsed.ok) {
        throw badInput(ID_PROBLEMS[parsed.problem], {
          field: 'input.idNumber',
          reason: 'INVALID_ID_NUMBER',
          messageEn: `Invalid resident ID number (${parsed.problem})`,
        });
      }
      const countyCode = await requireCounty(ctx.prisma, String(input.countyCode));
      const employerId = input.employerId ? String(input.employerId) : null;
      if (employerId && !(await ctx.prisma.organisation.findUnique({ where: { id: employerId } }))) {
        throw badInput(`未找到工作单位：${employerId}`, { field: 'input.employerId', reason: 'UNKNOWN_ORGANISATION' });
      }
      // The record and its audit entry commit together (a duplicate number rolls both back).
      return ctx.prisma.$transaction(async (tx) => {
        const person = await tx.person.create({
          ...query,
          data: {
            name: input.name.trim(),
            idNumber: parsed.value.idNumber,
            birthDate: parseIsoDate(parsed.value.birthDate),
            gender: parsed.value.gender,
            countyCode,
            employerId,
          },
        });
        await appendAudit(tx, ctx, {
          action: 'CREATE_PERSON',
          entityType: 'Person',
          entityId: person.id,
          after: personSnapshot(person),
        });
        return person;
      });
    },
  }),
}));
