import { HONOUR_KIND, type HonourKind, type HonourQuotaLimit } from '@jining/rules';

/** A refusal of a decision, in plain data: the resolver turns it into a coded error. */
export interface ReviewRefusal {
  readonly code: 'BAD_USER_INPUT' | 'FORBIDDEN' | 'CONFLICT';
  readonly reason: 'INVALID_TRANSITION' | 'SAME_PERSON_CANNOT_DECIDE' | 'HONOUR_QUOTA_EXCEEDED';
  readonly zh: string;
  readonly en: string;
}

/** Maker-checker: whoever nominated an honour never approves or rejects it. */
export function makerCheckerRefusal(nominatedBy: string | null, deciderAccountId: string): ReviewRefusal | null {
  if (nominatedBy !== null && nominatedBy === deciderAccountId) {
    return {
      code: 'FORBIDDEN',
      reason: 'SAME_PERSON_CANNOT_DECIDE',
      zh: '提名人不能审定自己提名的表彰（经办与审核分离），请由本部门其他审核人员审定',
      en: 'Whoever nominated an honour cannot decide it (maker-checker): another reviewer must decide',
    };
  }
  return null;
}

/** H3, H4: refuses an approval when the year's approvals already fill the quota it counts against. */
export function quotaRefusal(quota: HonourQuotaLimit, approved: number, kind: HonourKind): ReviewRefusal | null {
  if (approved < quota.ceiling) return null;
  const kinds = quota.kinds.map((k) => `“${HONOUR_KIND.label(k)}”`).join('、');
  return {
    code: 'CONFLICT',
    reason: 'HONOUR_QUOTA_EXCEEDED',
    zh:
      `${quota.year} 年度${kinds}已批准 ${approved} 名，名额已满，不能再批准“${HONOUR_KIND.label(kind)}”：` +
      `${quota.zh}`,
    en: `${quota.year} quota ${quota.id} is full (${approved} of ${quota.ceiling} approved; ${quota.target}, ${quota.clause})`,
  };
}
