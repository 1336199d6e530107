/** The compliance reports' labels (六, 三(八)), from `@jining/rules/vocabulary/compliance`: kept out of the login page. */
import { COMPLIANCE_ACTION, COMPLIANCE_CHECK } from '@jining/rules/vocabulary/compliance';
import type { ComplianceAction, ComplianceCheck } from '../../../gql/graphql';

export const complianceCheckLabels: Record<ComplianceCheck, string> = COMPLIANCE_CHECK.labels;
export const complianceActionLabels: Record<ComplianceAction, string> = COMPLIANCE_ACTION.labels;
