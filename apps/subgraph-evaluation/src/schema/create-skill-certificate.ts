import { canDirectlyCertify, DUTIES, SKILL_LEVEL } from '@jining/rules';
import {
  appendAudit,
  appendFact,
  badInput,
  FACT_EVENT_KINDS,
  KitError,
  requireDuty,
  requireNotFuture,
  toIsoDate,
  z,
  type SkillCertificateRecordedV1,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';

import { CertificationRoute, SkillLevel } from './enums.ts';
import { SkillCertificate } from './skill-certificate.ts';

const CreateSkillCertificateInput = builder.inputType('CreateSkillCertificateInput', {
  description: '登记职业技能等级证书',
  fields: (t) => ({
    // Whether personId / issuerId exist is the directory's to say; this subgraph cannot see its tables (see README).
    personId: t.id({
      required: true,
      description: '持证人（Person.id）',
      validate: z.string().trim().min(1, '持证人不能为空'),
    }),
    level: t.field({ type: SkillLevel, required: true, description: '职业技能等级' }),
    occupation: t.string({
      required: true,
      description: '职业（工种）',
      validate: z.string().trim().min(1, '职业（工种）不能为空').max(50, '职业（工种）不超过 50 个字'),
    }),
    issuerId: t.id({
      required: true,
      description: '发证机构（Organisation.id）',
      validate: z.string().trim().min(1, '发证机构不能为空'),
    }),
    issuedOn: t.field({ type: 'Date', required: true, description: '发证日期（不能晚于今天）' }),
    route: t.field({ type: CertificationRoute, required: true, description: '取得途径' }),
    certificateNo: t.string({
      required: true,
      description: '证书编号（全市唯一）',
      validate: z.string().trim().min(1, '证书编号不能为空').max(40, '证书编号不超过 40 个字符'),
    }),
  }),
});

builder.mutationFields((t) => ({
  createSkillCertificate: t.prismaField({
    type: SkillCertificate,
    description:
      '登记职业技能等级证书：企业直接认定仅限高级工及以上（四(十一)），证书编号不得重复，发证日期不得晚于今天',
    authScopes: { permission: 'evaluation:manage' },
    args: { input: t.arg({ type: CreateSkillCertificateInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.CERTIFICATE, input.route);
      requireNotFuture(input.issuedOn, 'input.issuedOn', '发证日期', 'FUTURE_DATE');
      if (input.route === 'DIRECT_CERTIFICATION' && !canDirectlyCertify(input.level)) {
        throw badInput(`企业直接认定仅限高级工及以上等级，不能直接认定${SKILL_LEVEL.label(input.level)}（四(十一)）`, {
          field: 'input.level',
          reason: 'DIRECT_CERTIFICATION_BELOW_SENIOR',
          messageEn: `Direct certification is open only at SENIOR or above, not ${input.level}`,
        });
      }
      const certificateNo = input.certificateNo.trim();
      // Checked first for a readable message; the unique index still decides a race (P2002 → CONFLICT in the kit).
      if (await ctx.prisma.skillCertificate.findUnique({ where: { certificateNo }, select: { id: true } })) {
        throw new KitError('CONFLICT', `证书编号已登记：${certificateNo}`, {
          field: 'input.certificateNo',
          reason: 'DUPLICATE_CERTIFICATE_NO',
          messageEn: `Certificate number already recorded: ${certificateNo}`,
        });
      }
      const personId = String(input.personId).trim();
      await ctx.references.requireKnown({
        people: [{ field: 'input.personId', id: personId }],
        organisations: [{ field: 'input.issuerId', id: String(input.issuerId).trim() }],
      });
      // The holder's county as the directory says now, stored with the certificate: a county's targets count it.
      const [countyCode] = await ctx.references.peopleCounties([{ field: 'input.personId', id: personId }]);
      // The certificate and its fact event in one transaction (the kit's outbox): finance computes R1 from the event.
      const created = await ctx.prisma.$transaction(async (tx) => {
        // A revoked certificate was never held: the next one at its level is still newly obtained.
        const earlier = await tx.skillCertificate.count({ where: { personId, level: input.level, revokedAt: null } });
        const certificate = await tx.skillCertificate.create({
          data: {
            certificateNo,
            personId,
            level: input.level,
            occupation: input.occupation.trim(),
            issuerId: String(input.issuerId).trim(),
            issuedOn: input.issuedOn,
            route: input.route,
            countyCode: countyCode ?? null,
          },
        });
        const payload: SkillCertificateRecordedV1 = {
          certificateId: certificate.id,
          certificateNo,
          personId,
          level: certificate.level,
          issuedOn: toIsoDate(certificate.issuedOn),
          route: certificate.route,
          issuerId: certificate.issuerId,
          newlyObtained: earlier === 0,
        };
        await appendAudit(tx, ctx, {
          action: 'CREATE_SKILL_CERTIFICATE',
          entityType: 'SkillCertificate',
          entityId: certificate.id,
          after: { ...payload, occupation: certificate.occupation },
        });
        await appendFact(tx, {
          kind: 'SKILL_CERTIFICATE_RECORDED',
          version: FACT_EVENT_KINDS.SKILL_CERTIFICATE_RECORDED.version,
          subjectId: certificate.id,
          occurredOn: payload.issuedOn,
          payload: { ...payload },
        });
        return certificate;
      });
      return ctx.prisma.skillCertificate.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
}));
