import { DUTIES } from '@jining/rules';
import { appendAudit, notFound, requireDuty, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';

/** The action the trail records for every full number shown. */
export const REVEAL_ID_NUMBER = 'REVEAL_ID_NUMBER';

interface Revealed {
  personId: string;
  name: string;
  idNumber: string;
  auditEntryId: string;
}

// No `id` field: the client's normalized cache must not merge the full number into the Person it holds.
const RevealedIdNumber = builder.objectRef<Revealed>('RevealedIdNumber').implement({
  description: '查看的完整公民身份号码（每次查看都记入审计日志）',
  fields: (t) => ({
    personId: t.exposeID('personId'),
    name: t.exposeString('name'),
    idNumber: t.exposeString('idNumber', { description: '完整的公民身份号码' }),
    auditEntryId: t.exposeID('auditEntryId', { description: '这次查看的审计日志条目' }),
  }),
});

builder.mutationFields((t) => ({
  /**
   * Person.idNumber is always masked; the full number is shown only here, to pii:read, with a reason, and every
   * answer appends a REVEAL_ID_NUMBER entry in the same transaction as the read (a refused call appends nothing).
   * A mutation, not a query: it writes, and clients neither cache nor retry it as a read.
   */
  revealIdNumber: t.field({
    type: RevealedIdNumber,
    description: '查看完整的公民身份号码：需要查看个人敏感信息的权限并填写理由，每次查看都记入审计日志',
    authScopes: { permission: 'pii:read' },
    args: {
      personId: t.arg.id({ required: true }),
      reason: t.arg.string({
        required: true,
        description: '查看理由（2–200 字）',
        validate: z.string().trim().min(2, '请填写查看理由（至少 2 个字）').max(200, '查看理由不超过 200 个字'),
      }),
    },
    resolve: async (_root, args, ctx) => {
      requireDuty(ctx.principal, DUTIES.PII, 'ID_NUMBER');
      const personId = String(args.personId);
      const reason = args.reason.trim();
      return ctx.prisma.$transaction(async (tx) => {
        const person = await tx.person.findUnique({ where: { id: personId } });
        if (!person) throw notFound('人员', personId);
        const auditEntryId = await appendAudit(tx, ctx, {
          action: REVEAL_ID_NUMBER,
          entityType: 'Person',
          entityId: person.id,
          reason,
        });
        return { personId: person.id, name: person.name, idNumber: person.idNumber, auditEntryId };
      });
    },
  }),
}));
