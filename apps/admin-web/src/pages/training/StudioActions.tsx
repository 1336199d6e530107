import { Checkbox, Form, Input, InputNumber, Select } from 'antd';
import type { StudioAssessmentResult, StudioLevel, StudioStatus } from '../../gql/graphql';
import {
  noteField,
  reasonField,
  trimmed,
  WorkflowActions,
  withNote,
  type StepDef,
} from '../../components/WorkflowActions';
import { currentYear } from '../../format/dateTime';
import { labelOptions, studioLevelLabels } from '../../labels';
import { studioActionLabels, studioAssessmentResultLabels } from '../../studioLabels';
import {
  ApproveStudioDoc,
  ObjectToStudioDoc,
  PublishStudioDoc,
  RecordStudioAssessmentDoc,
  RejectStudioDoc,
  ResumeStudioDoc,
  ReviewStudioDoc,
  RevokeStudioDoc,
  SelectStudioDoc,
  SuspendStudioDoc,
  UpgradeStudioDoc,
} from './documents';

export interface StudioForActions {
  id: string;
  name: string;
  level: StudioLevel;
  status: StudioStatus;
  selectedBy?: string | null;
  publicityEndsOn?: string | null;
}

type ActionDef = StepDef<StudioStatus, StudioForActions>;

const note = noteField('studio');
const reason = reasonField('studio');
const HIGHER_LEVELS = (Object.keys(studioLevelLabels) as StudioLevel[]).filter((l) => l !== 'CITY');

const ACTIONS: ActionDef[] = [
  {
    key: 'review',
    text: studioActionLabels.REVIEW,
    statuses: ['APPLIED'],
    primary: true,
    effect:
      '核对政策规定的条件：二(六)要求聚焦经济社会发展急需、紧缺行业领域（须评审人确认）；原文未规定领办人等级和依托单位类型。',
    doc: ReviewStudioDoc as never,
    fieldNames: ['urgentFieldAttested', 'note'],
    form: (
      <>
        <Form.Item name="urgentFieldAttested" valuePropName="checked">
          <Checkbox data-testid="studio-action-attest">
            确认所属职业（工种）领域为经济社会发展急需、紧缺行业领域
          </Checkbox>
        </Form.Item>
        {note}
      </>
    ),
    initialValues: { urgentFieldAttested: false },
    input: (v, s) => ({ id: s.id, urgentFieldAttested: v.urgentFieldAttested === true, ...withNote(v) }),
  },
  {
    key: 'select',
    text: studioActionLabels.SELECT,
    statuses: ['REVIEWED'],
    primary: true,
    effect: '遴选为市级技能大师工作室（计入每年 10 家左右的目标）；遴选人不能再命名该工作室。',
    doc: SelectStudioDoc as never,
    fieldNames: ['note'],
    form: note,
    input: (v, s) => ({ id: s.id, level: 'CITY', ...withNote(v) }),
  },
  {
    key: 'publish',
    text: studioActionLabels.PUBLISH,
    statuses: ['SELECTED'],
    primary: true,
    effect: '公示遴选结果，公示期内受理异议；公示期满后方可命名。',
    doc: PublishStudioDoc as never,
    fieldNames: ['days', 'note'],
    form: (
      <>
        <Form.Item name="days" label="公示天数（不填按平台设置）">
          <InputNumber min={1} max={366} data-testid="studio-action-days" />
        </Form.Item>
        {note}
      </>
    ),
    input: (v, s) => ({ id: s.id, ...(typeof v.days === 'number' ? { days: v.days } : {}), ...withNote(v) }),
  },
  {
    key: 'object',
    text: studioActionLabels.OBJECT,
    statuses: ['IN_PUBLICITY'],
    effect: '登记公示期间收到的异议；异议成立的，可不予遴选。',
    doc: ObjectToStudioDoc as never,
    fieldNames: ['content'],
    form: (
      <Form.Item
        name="content"
        label="异议内容"
        rules={[
          { required: true, whitespace: true, message: '请填写异议内容' },
          { max: 1000, message: '异议内容不超过 1000 个字' },
        ]}
      >
        <Input.TextArea rows={4} data-testid="studio-action-content" />
      </Form.Item>
    ),
    input: (v, s) => ({ id: s.id, content: trimmed(v.content) ?? '' }),
  },
  {
    key: 'approve',
    text: studioActionLabels.APPROVE,
    statuses: ['IN_PUBLICITY'],
    primary: true,
    effect: '公示期满后命名为技能大师工作室（须由遴选人以外的工作人员办理）；资金核定服务随后按政策核定建设补助。',
    doc: ApproveStudioDoc as never,
    fieldNames: ['note'],
    form: note,
    input: (v, s) => ({ id: s.id, ...withNote(v) }),
  },
  {
    key: 'reject',
    text: studioActionLabels.REJECT,
    statuses: ['APPLIED', 'REVIEWED', 'SELECTED', 'IN_PUBLICITY'],
    danger: true,
    effect: '不予遴选（评审不通过、异议成立等），须写明理由；领办人可再次申报。',
    doc: RejectStudioDoc as never,
    fieldNames: ['reason'],
    form: reason,
    input: (v, s) => ({ id: s.id, reason: trimmed(v.reason) ?? '' }),
  },
  {
    key: 'assess',
    text: studioActionLabels.ASSESS,
    statuses: ['APPROVED', 'SUSPENDED'],
    effect: '登记年度考核结果（每年一次）。',
    doc: RecordStudioAssessmentDoc as never,
    fieldNames: ['year', 'result', 'note'],
    form: (
      <>
        <Form.Item name="year" label="考核年度" rules={[{ required: true, message: '请填写考核年度' }]}>
          <InputNumber min={2000} max={2100} data-testid="studio-action-year" />
        </Form.Item>
        <Form.Item name="result" label="考核结果" rules={[{ required: true, message: '请选择考核结果' }]}>
          <Select<StudioAssessmentResult>
            options={labelOptions(studioAssessmentResultLabels)}
            data-testid="studio-action-result"
          />
        </Form.Item>
        {note}
      </>
    ),
    initialValues: { year: currentYear() },
    input: (v, s) => ({ id: s.id, year: v.year, result: v.result, ...withNote(v) }),
  },
  {
    key: 'upgrade',
    text: studioActionLabels.UPGRADE,
    statuses: ['APPROVED'],
    effect: '依上级批准文件登记为更高级别；资金核定服务按政策核定（另行享受或补差额）。',
    doc: UpgradeStudioDoc as never,
    fieldNames: ['level', 'documentNo', 'documentDate', 'note'],
    form: (
      <>
        <Form.Item name="level" label="新级别" rules={[{ required: true, message: '请选择新级别' }]}>
          <Select<StudioLevel>
            options={HIGHER_LEVELS.map((l) => ({ value: l, label: studioLevelLabels[l] }))}
            data-testid="studio-action-level"
          />
        </Form.Item>
        <Form.Item
          name="documentNo"
          label="批准文件文号"
          rules={[{ required: true, whitespace: true, message: '请填写批准文件文号' }]}
        >
          <Input data-testid="studio-action-document-no" />
        </Form.Item>
        <Form.Item name="documentDate" label="批准文件日期" rules={[{ required: true, message: '请填写批准文件日期' }]}>
          <Input type="date" data-testid="studio-action-document-date" />
        </Form.Item>
        {note}
      </>
    ),
    input: (v, s) => ({
      id: s.id,
      level: v.level,
      documentNo: trimmed(v.documentNo) ?? '',
      documentDate: v.documentDate,
      ...withNote(v),
    }),
  },
  {
    key: 'suspend',
    text: studioActionLabels.SUSPEND,
    statuses: ['APPROVED'],
    danger: true,
    effect: '暂停工作室，须写明理由；整改后可恢复。',
    doc: SuspendStudioDoc as never,
    fieldNames: ['reason'],
    form: reason,
    input: (v, s) => ({ id: s.id, reason: trimmed(v.reason) ?? '' }),
  },
  {
    key: 'resume',
    text: studioActionLabels.RESUME,
    statuses: ['SUSPENDED'],
    effect: '恢复已暂停的工作室。',
    doc: ResumeStudioDoc as never,
    fieldNames: ['note'],
    form: note,
    input: (v, s) => ({ id: s.id, ...withNote(v) }),
  },
  {
    key: 'revoke',
    text: studioActionLabels.REVOKE,
    statuses: ['APPROVED', 'SUSPENDED'],
    danger: true,
    effect: '撤销命名，须写明理由；财政据此撤销尚未发放的资助，已发放的列明待追回。',
    doc: RevokeStudioDoc as never,
    fieldNames: ['reason'],
    form: reason,
    input: (v, s) => ({ id: s.id, reason: trimmed(v.reason) ?? '' }),
  },
];

/**
 * The workflow buttons of a studio's state, for 市人社局 (the caller shows them only to accounts that may manage
 * studios). The server decides in the end — the state, the duty, maker-checker, the window — and its Chinese
 * refusal appears in the dialog.
 */
export function StudioActions({ studio }: { studio: StudioForActions }) {
  return (
    <WorkflowActions
      record={studio}
      steps={ACTIONS}
      testIdPrefix="studio"
      refetchQueries={['StudioDetail', 'MasterStudios']}
    />
  );
}
