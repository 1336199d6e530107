import type { HonourAction } from '../../gql/graphql';
import { objectionStatusLabels } from '../../labels';

/** Each step of an honour in words (its audit records are these actions prefixed HONOUR_). */
export const HONOUR_ACTION_WORDS: Record<HonourAction, string> = {
  NOMINATED: '提名',
  SCORED: '专家评分',
  PUBLISHED: '发布公示',
  OBJECTION_RECORDED: '登记异议',
  OBJECTION_UPHELD: objectionStatusLabels.UPHELD,
  OBJECTION_DISMISSED: objectionStatusLabels.DISMISSED,
  APPROVED: '批准',
  REJECTED: '不予通过',
  REVOKED: '撤销',
};

/** What a history line of an honour says it did. */
export const historyWords = (action: HonourAction): string => HONOUR_ACTION_WORDS[action] ?? action;
