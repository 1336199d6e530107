/**
 * The order classes' labels (R5 二(四)), from `@jining/rules/vocabulary/order-classes`: apart from labels.ts so the
 * login page does not carry them.
 */
import {
  ORDER_CLASS_ACTION,
  ORDER_CLASS_PROGRAMME,
  ORDER_CLASS_REPORT_STATUS,
} from '@jining/rules/vocabulary/order-classes';
import type { GraduateProgramme, OrderClassAction, OrderClassReportStatus } from '../../../gql/graphql';

export const orderClassReportStatusLabels: Record<OrderClassReportStatus, string> = ORDER_CLASS_REPORT_STATUS.labels;
export const orderClassActionLabels: Record<OrderClassAction, string> = ORDER_CLASS_ACTION.labels;
export const graduateProgrammeLabels: Record<GraduateProgramme, string> = ORDER_CLASS_PROGRAMME.labels;
