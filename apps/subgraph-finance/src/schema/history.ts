import { builder } from '../builder.ts';
import { EntitlementStatus } from './enums.ts';

/** 办理记录: one step of an entitlement's way, written with the change itself. */
export const EntitlementHistoryEntry = builder.prismaObject('EntitlementHistory', {
  name: 'EntitlementHistoryEntry',
  description: '办理记录：谁在何时把待遇从何状态办到何状态，及说明',
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.exposeString('action', { description: '办理事项（CALCULATED 核算、REVIEWED 审核、APPROVED 审批 …）' }),
    fromStatus: t.expose('fromStatus', { type: EntitlementStatus, nullable: true }),
    toStatus: t.expose('toStatus', { type: EntitlementStatus }),
    actorName: t.exposeString('actorName', { description: '办理人' }),
    note: t.exposeString('note', { nullable: true, description: '说明（退回理由等）' }),
    at: t.string({ description: '办理时间（ISO 8601）', resolve: (row) => row.at.toISOString() }),
  }),
});
