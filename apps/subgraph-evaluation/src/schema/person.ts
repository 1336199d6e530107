import { createContextCache } from '@pothos/core';
import { highestLevel } from '@jining/rules';
import { ENTITY_LIST_NULLABILITY, groupByKey, personRef, type SubgraphContext } from '@jining/subgraph-kit';
import DataLoader from 'dataloader';
import { builder } from '../builder.ts';
import type { PrismaClient, SkillCertificate as CertificateRow } from '../generated/prisma/client.ts';
import { SkillLevel } from './enums.ts';
import { SkillCertificate } from './skill-certificate.ts';
import { TitleEquivalence, titleEquivalenceOf } from './title-equivalence.ts';

/**
 * Certificates per person, newest first, one SQL statement per request tick. Both Person fields read through this
 * one loader, so asking for `certificates` and `highestLevel` of N people together is still a single statement.
 */
const certificatesOf = createContextCache(
  (ctx: SubgraphContext<PrismaClient>) =>
    new DataLoader<string, CertificateRow[]>(async (personIds) =>
      groupByKey(
        personIds,
        await ctx.prisma.skillCertificate.findMany({
          where: { personId: { in: [...personIds] } },
          orderBy: [{ issuedOn: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
        }),
        (row) => row.personId,
      ),
    ),
);

// Person (owned by the directory) gains its side of the ladder here.
builder.objectFields(personRef(builder), (t) => ({
  certificates: t.loadableList({
    type: SkillCertificate,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '持有的职业技能等级证书（最新在前）',
    resolve: (person) => person.id,
    load: (personIds: string[], ctx) => certificatesOf(ctx).loadMany(personIds) as Promise<CertificateRow[][]>,
  }),
  highestLevel: t.loadable({
    type: SkillLevel,
    nullable: true,
    description: '已取得的最高职业技能等级（按新“八级工”序列比较，已撤销的证书不计；无证书时为空）',
    resolve: (person) => person.id,
    load: async (personIds: string[], ctx) =>
      (await certificatesOf(ctx).loadMany(personIds)).map((rows) =>
        rows instanceof Error
          ? rows
          : // A revoked certificate does not count towards the level held.
            highestLevel((rows as CertificateRow[]).filter((r) => r.revokedAt === null).map((r) => r.level)),
      ),
  }),
  highestLevelTitleEquivalent: t.loadable({
    type: TitleEquivalence,
    nullable: true,
    description: '最高技能等级比照的职称层级（E2，三(八)）；技师以下为空',
    resolve: (person) => person.id,
    load: async (personIds: string[], ctx) =>
      (await certificatesOf(ctx).loadMany(personIds)).map((rows) =>
        rows instanceof Error
          ? rows
          : titleEquivalenceOf(
              highestLevel((rows as CertificateRow[]).filter((r) => r.revokedAt === null).map((r) => r.level)),
            ),
      ),
  }),
}));
