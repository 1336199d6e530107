import { useState } from 'react';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { formErrors } from '../../../apollo/formErrors';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PersonSelect } from '../../../components/PersonSelect';
import { RecordApprenticeshipDoc } from './documents';

export interface AgreementValues {
  enterpriseId: string;
  apprenticeId: string;
  collegeId: string;
  trade: string;
  startedOn: string;
  endsOn: string;
  newType: boolean;
  note?: string;
}
const FIELDS: (keyof AgreementValues)[] = [
  'enterpriseId',
  'apprenticeId',
  'collegeId',
  'trade',
  'startedOn',
  'endsOn',
  'newType',
  'note',
];

interface Props {
  open: boolean;
  onClose(): void;
  onRecorded(id: string): void;
}

/**
 * 登记学徒培训协议: an enterprise's new-type apprenticeship with one apprentice and a college partner. The server checks
 * the people and units exist, the enterprise's county (a county account records its own county's enterprises only),
 * the dates' order and a second live agreement; its coded errors land on their fields.
 */
export function RecordApprenticeshipDrawer({ open, onClose, onRecorded }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AgreementValues>();
  const [other, setOther] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordApprenticeshipDoc, {
    refetchQueries: ['Apprenticeships', 'ApprenticeTarget'],
  });

  async function submit(values: AgreementValues) {
    setOther([]);
    try {
      const { data } = await record({
        variables: {
          input: {
            enterpriseId: values.enterpriseId,
            apprenticeId: values.apprenticeId,
            collegeId: values.collegeId,
            trade: values.trade?.trim() ?? '',
            startedOn: values.startedOn,
            endsOn: values.endsOn,
            newType: values.newType === true,
            ...(values.note?.trim() ? { note: values.note.trim() } : {}),
          },
        },
      });
      const made = data?.recordApprenticeship;
      if (!made) return;
      message.success('已登记学徒培训协议');
      form.resetFields();
      onRecorded(made.id);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as keyof AgreementValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="登记企业新型学徒培训协议"
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="apprenticeship-submit">
            登记
          </Button>
        </Space>
      }
    >
      <div data-testid="apprenticeship-form">
        <Typography.Paragraph type="secondary">
          每个培训年度完成后登记，由另一名工作人员确认；确认时按年度起始日有效的县定补贴标准写入资金事实，由企业所在县（市、区）财政承担（二(二)）。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<AgreementValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={{ newType: true }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="enterpriseId" label="用工企业" rules={[{ required: true, message: '请选择用工企业' }]}>
            <OrganisationSelect testId="apprenticeship-form-enterprise" />
          </Form.Item>
          <Form.Item name="apprenticeId" label="学徒" rules={[{ required: true, message: '请选择学徒' }]}>
            <PersonSelect testId="apprenticeship-form-apprentice" />
          </Form.Item>
          <Form.Item name="collegeId" label="合作院校" rules={[{ required: true, message: '请选择合作院校' }]}>
            <OrganisationSelect testId="apprenticeship-form-college" />
          </Form.Item>
          <Form.Item
            name="trade"
            label="培训工种"
            rules={[
              { required: true, whitespace: true, message: '请填写培训工种' },
              { max: 50, message: '培训工种不超过 50 个字' },
            ]}
          >
            <Input data-testid="apprenticeship-form-trade" />
          </Form.Item>
          <Form.Item name="startedOn" label="开始日期" rules={[{ required: true, message: '请填写开始日期' }]}>
            <Input type="date" data-testid="apprenticeship-form-started-on" />
          </Form.Item>
          <Form.Item name="endsOn" label="结束日期" rules={[{ required: true, message: '请填写结束日期' }]}>
            <Input type="date" data-testid="apprenticeship-form-ends-on" />
          </Form.Item>
          <Form.Item name="newType" valuePropName="checked">
            <Checkbox data-testid="apprenticeship-form-new-type">
              企业新型学徒制（招工即招生、入企即入校、企校双师联合培养）
            </Checkbox>
          </Form.Item>
          <Form.Item name="note" label="说明" rules={[{ max: 500, message: '说明不超过 500 个字' }]}>
            <Input.TextArea rows={3} data-testid="apprenticeship-form-note" />
          </Form.Item>
        </Form>
      </div>
    </Drawer>
  );
}
