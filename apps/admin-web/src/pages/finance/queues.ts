import type { EntitlementStatus } from '../../gql/graphql';

/**
 * The workbench's queues, in the order the work flows. Each is one status (or every status, 全部), named from the
 * point of view of the person who works it: REVIEWED waits for approval, so its queue is 待审批. Publicity and
 * payment batches add their own steps later; their statuses already have queues here, and a new queue is a line.
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
}

export const QUEUES: readonly Queue[] = [
  { key: 'CALCULATED', status: 'CALCULATED', label: '待审核', hint: '规则已核定金额，等待审核', work: true },
  { key: 'REVIEWED', status: 'REVIEWED', label: '待审批', hint: '已审核，等待审核人以外的另一人审批', work: true },
  { key: 'APPROVED', status: 'APPROVED', label: '已审批', hint: '已审批，等待公示' },
  { key: 'IN_PUBLICITY', status: 'IN_PUBLICITY', label: '公示中', hint: '公示期内，可提出异议' },
  { key: 'PAYABLE', status: 'PAYABLE', label: '待支付', hint: '公示期满无异议，等待编入支付批次' },
  { key: 'IN_PAYMENT', status: 'IN_PAYMENT', label: '支付中', hint: '已编入支付批次' },
  { key: 'PAID', status: 'PAID', label: '已发放', hint: '已发放到账' },
  { key: 'REJECTED', status: 'REJECTED', label: '未通过', hint: '已退回，不予发放' },
  { key: 'CANCELLED', status: 'CANCELLED', label: '已撤销', hint: '所依据的事实已撤销' },
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
