import { connectionNames, filteredList, organisationRef, personRef } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { CertificationRoute, SkillLevel } from './enums.ts';
import { TitleEquivalence, titleEquivalenceOf } from './title-equivalence.ts';

/** 职业技能等级证书: owned here; the holder and the issuer are the directory's entities, referenced by id. */
export const SkillCertificate = builder.prismaObject('SkillCertificate', {
  description: '职业技能等级证书（含职业资格证书）：新“八级工”序列上的一个等级，四(十)',
  fields: (t) => ({
    id: t.exposeID('id'),
    certificateNo: t.exposeString('certificateNo', { description: '证书编号（全市唯一）' }),
    person: t.field({ type: personRef(builder), description: '持证人', resolve: (row) => ({ id: row.personId }) }),
    level: t.expose('level', { type: SkillLevel, description: '职业技能等级' }),
    titleEquivalent: t.field({
      type: TitleEquivalence,
      nullable: true,
      description: '该等级比照的职称层级（E2，三(八)）；技师以下为空',
      resolve: (row) => titleEquivalenceOf(row.level),
    }),
    occupation: t.exposeString('occupation', { description: '职业（工种）' }),
    issuer: t.field({
      type: organisationRef(builder),
      description: '发证机构：社会培训评价组织、院校或自主评价企业',
      resolve: (row) => ({ id: row.issuerId }),
    }),
    issuedOn: t.expose('issuedOn', { type: 'Date', description: '发证日期' }),
    route: t.expose('route', { type: CertificationRoute, description: '取得途径' }),
    revoked: t.boolean({
      description: '是否已撤销（撤销的证书保留，不计入持证等级）',
      resolve: (row) => row.revokedAt !== null,
    }),
    revokedAt: t.string({
      nullable: true,
      description: '撤销时间（ISO 8601）',
      resolve: (row) => row.revokedAt?.toISOString() ?? null,
    }),
    revokedReason: t.exposeString('revokedReason', { nullable: true, description: '撤销理由' }),
  }),
});

builder.asEntity(SkillCertificate, {
  key: builder.selection<{ id: string }>('id'),
  // findUnique in one tick is batched by Prisma into a single query: _entities stays one statement.
  resolveReference: (ref, ctx) => ctx.prisma.skillCertificate.findUnique({ where: { id: ref.id } }),
});

builder.queryFields((t) => ({
  skillCertificates: t.prismaConnection(
    {
      type: SkillCertificate,
      cursor: 'id',
      description: '职业技能等级证书列表',
      authScopes: { authenticated: true },
      args: {
        level: t.arg({ type: SkillLevel, required: false, description: '按等级筛选' }),
        personId: t.arg.id({ required: false, description: '按持证人筛选' }),
      },
      ...filteredList((ctx) => ctx.prisma.skillCertificate, certificateWhere),
    },
    ...connectionNames('SkillCertificate'),
  ),
  skillCertificate: t.prismaField({
    type: SkillCertificate,
    nullable: true,
    description: '按 id 查询一张证书',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.skillCertificate.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
}));

function certificateWhere(args: { level?: typeof SkillLevel.$inferType | null; personId?: string | number | null }) {
  return {
    ...(args.level ? { level: args.level } : {}),
    ...(args.personId ? { personId: String(args.personId) } : {}),
  };
}
