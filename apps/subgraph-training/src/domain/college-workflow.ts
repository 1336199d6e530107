import {
  CRAFTSMAN_COLLEGE_ACTION,
  CRAFTSMAN_COLLEGE_STATUS,
  type CraftsmanCollegeAction,
  type CraftsmanCollegeStatus,
} from '@jining/rules';
import { defineTransitions } from '@jining/subgraph-kit';

/**
 * The craftsman college workflow (二(六), R9) as plain data. The text says only "３年内建设２０个左右市级工匠学院，由市总
 * 工会给予每家２０万元一次性补助": no selection round, no publicity, no level but the city's. So the union records the
 * host unit's application, reviews it, and another union account approves it (maker-checker, as every grant of the
 * platform); finance publishes the grant before paying it, as it does every entitlement. An approval can be revoked.
 */
export const COLLEGE_STEPS = defineTransitions<CraftsmanCollegeAction, CraftsmanCollegeStatus>(
  { zh: '工匠学院', en: 'craftsman college' },
  { status: CRAFTSMAN_COLLEGE_STATUS, action: CRAFTSMAN_COLLEGE_ACTION },
  {
    APPLY: { from: [null], to: 'APPLIED' },
    REVIEW: { from: ['APPLIED'], to: 'REVIEWED' },
    REJECT: { from: ['APPLIED', 'REVIEWED'], to: 'REJECTED' },
    APPROVE: { from: ['REVIEWED'], to: 'APPROVED' },
    REVOKE: { from: ['APPROVED'], to: 'REVOKED' },
  },
);

/** A live college (not turned down or revoked) holds its host's place for its name: one application per college. */
export const liveHostName = (hostId: string, name: string, status: CraftsmanCollegeStatus): string | null =>
  status === 'REJECTED' || status === 'REVOKED' ? null : `${hostId}:${name}`;
