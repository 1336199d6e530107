import type { EntitlementStatus } from '../../gql/graphql';
import { entitlementStatusLabels } from '../../labels';

/**
 * The workbench's queues, in the order the work flows. Each is one status (or every status, 全部), named from the
 * point of view of the person who works it: REVIEWED waits for approval, so its queue is 待审批. The steps after
 * approval are taken on the publicity and payment pages, which the queues link to; a new queue is a line.
 */
export interface Queue {
  key: string;
  label: string;
  /** The status the queue lists; none for 全部. */
  status?: EntitlementStatus;
  /** What waits there, in a sentence (the tab's hover text and the list's caption). */
  hint: string;
  /** A queue where someone has work to do (its count is shown as a badge, and counts towards the menu's). */
  work?: boolean;
  /** Where the queue's next step is taken (a button beside the list); `manageOnly`: offered to 市财政局 only. */
  next?: { to: string; label: string; manageOnly?: boolean };
}

/** A queue of one status, named as the status is (the vocabulary's word) unless the work there calls for another. */
const of = (status: EntitlementStatus, hint: string, extra: Partial<Queue> = {}): Queue => ({
  key: status,
  status,
  label: entitlementStatusLabels[status],
  hint,
  ...extra,
});

export const QUEUES: readonly Queue[] = [
  of('CALCULATED', '规则已核定金额，等待审核', { work: true }),
  of('REVIEWED', '已审核，等待审核人以外的另一人审批', { label: '待审批', work: true }),
  of('APPROVED', '已审批，等待公示', {
    next: { to: '/finance/publicity?publish=1', label: '发布公示', manageOnly: true },
  }),
  of('IN_PUBLICITY', '公示期内，可提出异议', { next: { to: '/finance/publicity?status=OPEN', label: '公示批次' } }),
  of('PAYABLE', '公示期满无异议，等待编入支付批次', { next: { to: '/finance/payments', label: '生成支付批次' } }),
  of('IN_PAYMENT', '已编入支付批次', { next: { to: '/finance/payments?status=OPEN', label: '支付批次' } }),
  of('PAID', '已发放到账'),
  of('REJECTED', '已退回，不予发放'),
  of('CANCELLED', '所依据的事实已撤销'),
  { key: 'ALL', label: '全部', hint: '所有状态的待遇' },
];

export const DEFAULT_QUEUE = QUEUES[0]!;

export const queueByKey = (key: string | undefined): Queue => QUEUES.find((q) => q.key === key) ?? DEFAULT_QUEUE;

/** A queue's count from `entitlementCounts` (全部: their sum). */
export function queueCount(queue: Queue, counts: readonly { status: EntitlementStatus; count: number }[]): number {
  return counts.filter((c) => !queue.status || c.status === queue.status).reduce((n, c) => n + c.count, 0);
}

/** The work waiting for a finance account: what the menu's badge counts. */
export function workCount(counts: readonly { status: EntitlementStatus; count: number }[]): number {
  return QUEUES.filter((q) => q.work).reduce((n, q) => n + queueCount(q, counts), 0);
}
