import { builder } from '../builder.ts';
import { HONOUR_KIND_LABELS, HONOUR_KINDS, type HonourKind as Kind } from '../policy.ts';

/** 荣誉类别: codes and labels from @jining/rules, so the admin web and finance read the same vocabulary. */
export const HonourKind = builder.enumType('HonourKind', {
  description: '荣誉类别（首席技师、大工匠、工匠、手造工匠、技术能手、技能状元；四(十三)、五(十四)）',
  values: Object.fromEntries(HONOUR_KINDS.map((kind) => [kind, { description: HONOUR_KIND_LABELS[kind] }])) as Record<Kind, { description: string }>,
});

/** The review states of a nomination; a workflow of this subgraph, not policy vocabulary. */
export const HONOUR_STATUSES = ['NOMINATED', 'APPROVED', 'REJECTED', 'REVOKED'] as const;
export type HonourStatusCode = (typeof HONOUR_STATUSES)[number];
export const HONOUR_STATUS_LABELS: Readonly<Record<HonourStatusCode, string>> = {
  NOMINATED: '已提名',
  APPROVED: '已批准',
  REJECTED: '未通过',
  REVOKED: '已撤销',
};

export const HonourStatus = builder.enumType('HonourStatus', {
  description: '表彰状态：已提名、已批准、未通过、已撤销',
  values: Object.fromEntries(HONOUR_STATUSES.map((s) => [s, { description: HONOUR_STATUS_LABELS[s] }])) as Record<HonourStatusCode, { description: string }>,
});
