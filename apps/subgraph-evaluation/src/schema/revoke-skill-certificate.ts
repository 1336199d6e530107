import { DUTIES } from '@jining/rules';
import {
  appendAudit,
  appendFact,
  FACT_EVENT_KINDS,
  KitError,
  requireDuty,
  toIsoDate,
  z,
  type SkillCertificateRevokedV1,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { SkillCertificate } from './skill-certificate.ts';

const RevokeSkillCertificateInput = builder.inputType('RevokeSkillCertificateInput', {
  description: '撤销职业技能等级证书',
  fields: (t) => ({
    id: t.id({ required: true, description: '证书（SkillCertificate.id）' }),
    reason: t.string({
      required: true,
      description: '撤销理由（如：登记有误、发证机构撤回）',
      validate: z.string().trim().min(2, '撤销理由不能少于 2 个字').max(200, '撤销理由不超过 200 个字'),
    }),
  }),
});

builder.mutationFields((t) => ({
  revokeSkillCertificate: t.prismaField({
    type: SkillCertificate,
    description:
      '撤销职业技能等级证书（登记有误或发证机构撤回）：证书保留并注明撤销；财政据此撤销尚未发放的补贴，已发放的列明待追回',
    authScopes: { permission: 'evaluation:manage' },
    args: { input: t.arg({ type: RevokeSkillCertificateInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = String(input.id).trim();
      const reason = input.reason.trim();
      const found = await ctx.prisma.skillCertificate.findUnique({ where: { id } });
      if (!found) {
        throw new KitError('NOT_FOUND', '证书不存在', { field: 'input.id', reason: 'CERTIFICATE_NOT_FOUND' });
      }
      // The department that may record a certificate by this route is the one that may revoke it.
      requireDuty(ctx.principal, DUTIES.CERTIFICATE, found.route);
      // The revocation, its audit record and its fact event in one transaction. The conditional update is the race's referee: of twenty
      // identical requests one changes the row and writes the event; the others find it revoked.
      await ctx.prisma.$transaction(async (tx) => {
        const changed = await tx.skillCertificate.updateMany({
          where: { id, revokedAt: null },
          data: { revokedAt: new Date(), revokedBy: ctx.principal.accountId, revokedReason: reason },
        });
        if (changed.count === 0) {
          throw new KitError('CONFLICT', `证书已撤销：${found.certificateNo}`, {
            field: 'input.id',
            reason: 'ALREADY_REVOKED',
            messageEn: `Certificate already revoked: ${found.certificateNo}`,
          });
        }
        const payload: SkillCertificateRevokedV1 = {
          certificateId: id,
          certificateNo: found.certificateNo,
          personId: found.personId,
          reason,
        };
        await appendAudit(tx, ctx, {
          action: 'REVOKE_SKILL_CERTIFICATE',
          entityType: 'SkillCertificate',
          entityId: id,
          reason,
          before: { revokedAt: null },
          after: { revokedBy: ctx.principal.accountId, revokedReason: reason },
        });
        await appendFact(tx, {
          kind: 'SKILL_CERTIFICATE_REVOKED',
          version: FACT_EVENT_KINDS.SKILL_CERTIFICATE_REVOKED.version,
          subjectId: id,
          occurredOn: toIsoDate(new Date()),
          payload: { ...payload },
        });
      });
      return ctx.prisma.skillCertificate.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
