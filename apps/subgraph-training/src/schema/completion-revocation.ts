import { DUTIES } from '@jining/rules';
import {
  appendAudit,
  appendFact,
  FACT_EVENT_KINDS,
  KitError,
  lockRowById,
  requireDuty,
  z,
  type SubsidisedTrainingRevokedV1,
} from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { trainingToday } from '../domain/settings.ts';
import { requireId } from './inputs.ts';
import { auditAction, TrainingCompletion } from './subsidised-training.ts';

const reason = z.string().trim().min(2, '理由不能少于 2 个字').max(500, '理由不超过 500 个字');

const RevokeTrainingCompletionInput = builder.inputType('RevokeTrainingCompletionInput', {
  description: '撤销一名学员的结业（更正，须写明理由）',
  fields: (t) => ({
    id: t.id({ required: true, description: 'TrainingCompletion.id' }),
    reason: t.string({ required: true, description: '撤销理由', validate: reason }),
  }),
});

builder.mutationFields((t) => ({
  /**
   * 二(五) R6: a completion recorded in error (a trainee who did not finish, a certificate withdrawn) is revoked, never
   * deleted: marked with who, when and why in one transaction with its class's audit line and the fact
   * SUBSIDISED_TRAINING_REVOKED, from which finance cancels what the completion granted and is unpaid (and lists what
   * was paid for recovery). A completion has no confirmation step (the roster import writes it), so its revocation
   * has no second account either; HRSS, which imports rosters, revokes.
   */
  revokeTrainingCompletion: t.prismaField({
    type: TrainingCompletion,
    description:
      '撤销结业学员（市人社局，二(五)，须写明理由）：写入撤销事实，财政据此撤销尚未发放的培训补贴；不再计入 T9',
    authScopes: { permission: 'training:manage' },
    args: { input: t.arg({ type: RevokeTrainingCompletionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.SUBSIDISED_TRAINING, 'CLASS');
      const id = requireId(input.id, 'input.id');
      const why = input.reason.trim();
      await ctx.prisma.$transaction(
        async (tx) => {
          await lockRowById(
            tx,
            'training_completion',
            id,
            () =>
              new KitError('NOT_FOUND', '结业学员记录不存在', { field: 'input.id', reason: 'COMPLETION_NOT_FOUND' }),
          );
          const row = await tx.trainingCompletion.findUniqueOrThrow({ where: { id } });
          if (row.revokedAt) {
            throw new KitError('CONFLICT', '该学员的结业已撤销', {
              field: 'input.id',
              reason: 'ALREADY_REVOKED',
              messageEn: 'This completion is already revoked',
            });
          }
          await tx.trainingCompletion.update({
            where: { id },
            data: { revokedAt: new Date(), revokedBy: ctx.principal.accountId, revokeReason: why },
          });
          await appendAudit(tx, ctx, {
            action: auditAction('REVOKE_COMPLETION'),
            entityType: 'TrainingClass',
            entityId: row.classId,
            reason: why,
            before: { completionId: id, personId: row.personId, revoked: false },
            after: { completionId: id, personId: row.personId, revoked: true },
          });
          const payload: SubsidisedTrainingRevokedV1 = {
            completionId: id,
            classId: row.classId,
            personId: row.personId,
            reason: why,
          };
          await appendFact(tx, {
            kind: 'SUBSIDISED_TRAINING_REVOKED',
            version: FACT_EVENT_KINDS.SUBSIDISED_TRAINING_REVOKED.version,
            subjectId: id,
            occurredOn: trainingToday(),
            payload: { ...payload },
          });
        },
        { maxWait: 20_000, timeout: 20_000 },
      );
      return ctx.prisma.trainingCompletion.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
