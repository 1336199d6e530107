import { STUDIO_ACTION, STUDIO_STATUS, type StudioAction, type StudioStatus } from '@jining/rules';
import { defineTransitions } from '@jining/subgraph-kit';

/**
 * The studio workflow (二(六)) as plain data: for each step staff take, the statuses it may start from and the status
 * it leaves. National and provincial approvals start no workflow: they are recorded as approved from the higher
 * authority's document.
 */
export const STUDIO_STEPS = defineTransitions<StudioAction, StudioStatus>(
  { zh: '工作室', en: 'studio' },
  { status: STUDIO_STATUS, action: STUDIO_ACTION },
  {
    APPLY: { from: [null], to: 'APPLIED' },
    REVIEW: { from: ['APPLIED'], to: 'REVIEWED' },
    REJECT: { from: ['APPLIED', 'REVIEWED', 'SELECTED', 'IN_PUBLICITY'], to: 'REJECTED' },
    SELECT: { from: ['REVIEWED'], to: 'SELECTED' },
    PUBLISH: { from: ['SELECTED'], to: 'IN_PUBLICITY' },
    OBJECT: { from: ['IN_PUBLICITY'], to: 'SAME' },
    APPROVE: { from: ['IN_PUBLICITY'], to: 'APPROVED' },
    RECORD_HIGHER_APPROVAL: { from: [null], to: 'APPROVED' },
    UPGRADE: { from: ['APPROVED'], to: 'APPROVED' },
    ASSESS: { from: ['APPROVED', 'SUSPENDED'], to: 'SAME' },
    SUSPEND: { from: ['APPROVED'], to: 'SUSPENDED' },
    RESUME: { from: ['SUSPENDED'], to: 'APPROVED' },
    REVOKE: { from: ['APPROVED', 'SUSPENDED'], to: 'REVOKED' },
  },
);
export const STEPS = STUDIO_STEPS.steps;
export const wrongStatus = STUDIO_STEPS.wrongStatus;
export const statusAfter = STUDIO_STEPS.statusAfter;

/** Statuses in which a studio holds its lead's place at its level (one live studio per lead and level). */
export const isLive = (status: StudioStatus): boolean => status !== 'REJECTED' && status !== 'REVOKED';
export const liveKey = (leadId: string, level: string, status: StudioStatus): string | null =>
  isLive(status) ? `${leadId}:${level}` : null;
