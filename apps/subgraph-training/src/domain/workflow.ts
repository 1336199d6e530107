import { STUDIO_ACTION, STUDIO_STATUS, type StudioAction, type StudioStatus } from '@jining/rules';

/**
 * The studio workflow (二(六)) as plain data: for each step staff take, the statuses it may start from and the status
 * it leaves. National and provincial approvals start no workflow: they are recorded as approved from the higher
 * authority's document.
 */
export const STEPS: Readonly<
  Record<StudioAction, { from: readonly (StudioStatus | null)[]; to: StudioStatus | 'SAME' }>
> = {
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
};

/** Null when the step may start from `status`; otherwise the refusal in Chinese and English. */
export function wrongStatus(action: StudioAction, status: StudioStatus): { zh: string; en: string } | null {
  if (STEPS[action].from.includes(status)) return null;
  const allowed = STEPS[action].from.filter((s): s is StudioStatus => s !== null);
  return {
    zh: `工作室当前为“${STUDIO_STATUS.label(status)}”，不能${STUDIO_ACTION.label(action)}（须为${allowed
      .map((s) => `“${STUDIO_STATUS.label(s)}”`)
      .join('或')}）`,
    en: `Cannot ${action} a studio that is ${status} (must be ${allowed.join(' or ')})`,
  };
}

/** The status a step leaves. */
export const statusAfter = (action: StudioAction, status: StudioStatus): StudioStatus => {
  const to = STEPS[action].to;
  return to === 'SAME' ? status : to;
};

/** Statuses in which a studio holds its lead's place at its level (one live studio per lead and level). */
export const isLive = (status: StudioStatus): boolean => status !== 'REJECTED' && status !== 'REVOKED';
export const liveKey = (leadId: string, level: string, status: StudioStatus): string | null =>
  isLive(status) ? `${leadId}:${level}` : null;
