import type { CraftsmanCollegeStatus } from '../../gql/graphql';
import { collegeActionLabels } from '../../collegeLabels';
import {
  noteField,
  reasonField,
  trimmed,
  WorkflowActions,
  withNote,
  type StepDef,
} from '../../components/WorkflowActions';
import {
  ApproveCraftsmanCollegeDoc,
  RejectCraftsmanCollegeDoc,
  ReviewCraftsmanCollegeDoc,
  RevokeCraftsmanCollegeDoc,
} from './collegeDocuments';

export interface CollegeForActions {
  id: string;
  name: string;
  status: CraftsmanCollegeStatus;
}

const note = noteField('college');
const reason = reasonField('college');

const STEPS: StepDef<CraftsmanCollegeStatus, CollegeForActions>[] = [
  {
    key: 'review',
    text: collegeActionLabels.REVIEW,
    statuses: ['APPLIED'],
    primary: true,
    effect: '评审通过市级工匠学院申报；评审人不能再批准该学院，须由另一名工作人员批准。',
    doc: ReviewCraftsmanCollegeDoc as never,
    fieldNames: ['note'],
    form: note,
    input: (v, c) => ({ id: c.id, ...withNote(v) }),
  },
  {
    key: 'approve',
    text: collegeActionLabels.APPROVE,
    statuses: ['REVIEWED'],
    primary: true,
    effect:
      '批准建设市级工匠学院（计入“３年内建设２０个左右”的目标），须由评审人以外的工作人员办理；资金核定服务随后按政策核定市总工会的一次性补助。',
    doc: ApproveCraftsmanCollegeDoc as never,
    fieldNames: ['note'],
    form: note,
    input: (v, c) => ({ id: c.id, ...withNote(v) }),
  },
  {
    key: 'reject',
    text: collegeActionLabels.REJECT,
    statuses: ['APPLIED', 'REVIEWED'],
    danger: true,
    effect: '不予批准，须写明理由；建设单位可再次申报。',
    doc: RejectCraftsmanCollegeDoc as never,
    fieldNames: ['reason'],
    form: reason,
    input: (v, c) => ({ id: c.id, reason: trimmed(v.reason) ?? '' }),
  },
  {
    key: 'revoke',
    text: collegeActionLabels.REVOKE,
    statuses: ['APPROVED'],
    danger: true,
    effect: '撤销批准，须写明理由；财政据此撤销尚未发放的补助，已发放的列明待追回。',
    doc: RevokeCraftsmanCollegeDoc as never,
    fieldNames: ['reason'],
    form: reason,
    input: (v, c) => ({ id: c.id, reason: trimmed(v.reason) ?? '' }),
  },
];

/** The workflow buttons of a college's state, for 市总工会 (the caller shows them to the union's accounts only). */
export function CollegeActions({ college }: { college: CollegeForActions }) {
  return (
    <WorkflowActions
      record={college}
      steps={STEPS}
      testIdPrefix="college"
      refetchQueries={['CraftsmanCollegeDetail', 'CraftsmanColleges', 'CraftsmanCollegeTarget']}
    />
  );
}
