import { useState } from 'react';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import type { GraduateClass } from '../../../gql/graphql';
import { formErrors } from '../../../apollo/formErrors';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PersonSelect } from '../../../components/PersonSelect';
import { labelOptions } from '../../../labels';
import { RecordGraduateHireDoc } from './documents';
import { graduateClassLabels } from './labels';

export interface HireValues {
  personId: string;
  employerId: string;
  schoolId: string;
  programme: GraduateClass;
  fullTimeProgramme: boolean;
  graduatedOn: string;
  hiredOn: string;
  fullTimeContract: boolean;
  note?: string;
}
const FIELDS: (keyof HireValues)[] = [
  'personId',
  'employerId',
  'schoolId',
  'programme',
  'fullTimeProgramme',
  'graduatedOn',
  'hiredOn',
  'fullTimeContract',
  'note',
];

interface Props {
  open: boolean;
  /** Prefilled values (a graduate, an employer). */
  initialValues?: Partial<HireValues>;
  onClose(): void;
  onRecorded(id: string): void;
}

/**
 * 登记聘用 (市人社局): an enterprise's new full-time hire of a vocational college's graduate. The server checks the
 * people and units exist, the dates' order and a second hire of the same graduate by the same employer; age and the
 * 攀登企业 flag are the rules' to judge when a year is confirmed. Its coded errors land on their fields.
 */
export function RecordHireDrawer({ open, initialValues, onClose, onRecorded }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<HireValues>();
  const [other, setOther] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordGraduateHireDoc, { refetchQueries: ['GraduateHires'] });

  async function submit(values: HireValues) {
    setOther([]);
    try {
      const { data } = await record({
        variables: {
          input: {
            personId: values.personId,
            employerId: values.employerId,
            schoolId: values.schoolId,
            programme: values.programme,
            fullTimeProgramme: values.fullTimeProgramme === true,
            graduatedOn: values.graduatedOn,
            hiredOn: values.hiredOn,
            fullTimeContract: values.fullTimeContract === true,
            ...(values.note?.trim() ? { note: values.note.trim() } : {}),
          },
        },
      });
      const made = data?.recordGraduateHire;
      if (!made) return;
      message.success('已登记聘用');
      form.resetFields();
      onRecorded(made.id);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as keyof HireValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="登记新全职引进的技工院校毕业生"
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="graduate-hire-submit">
            登记
          </Button>
        </Space>
      }
    >
      <div data-testid="graduate-hire-form">
        <Typography.Paragraph type="secondary">
          登记后逐年登记用人单位缴纳社会保险的情况，由另一名工作人员确认；确认后资金核定服务按政策核定引才补贴（年龄、攀登企业等条件由政策规则判断）。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<HireValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={{
            programme: 'PRE_TECHNICIAN_CLASS',
            fullTimeProgramme: true,
            fullTimeContract: true,
            ...initialValues,
          }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="personId" label="毕业生" rules={[{ required: true, message: '请选择毕业生' }]}>
            <PersonSelect testId="graduate-form-person" />
          </Form.Item>
          <Form.Item name="employerId" label="用人单位" rules={[{ required: true, message: '请选择用人单位' }]}>
            <OrganisationSelect testId="graduate-form-employer" />
          </Form.Item>
          <Form.Item name="schoolId" label="毕业院校" rules={[{ required: true, message: '请选择毕业院校' }]}>
            <OrganisationSelect testId="graduate-form-school" />
          </Form.Item>
          <Form.Item name="programme" label="毕业班次" rules={[{ required: true, message: '请选择毕业班次' }]}>
            <Select<GraduateClass> options={labelOptions(graduateClassLabels)} data-testid="graduate-form-programme" />
          </Form.Item>
          <Form.Item name="fullTimeProgramme" valuePropName="checked">
            <Checkbox data-testid="graduate-form-full-time-programme">全日制班次</Checkbox>
          </Form.Item>
          <Form.Item name="graduatedOn" label="毕业日期" rules={[{ required: true, message: '请填写毕业日期' }]}>
            <Input type="date" data-testid="graduate-form-graduated-on" />
          </Form.Item>
          <Form.Item name="hiredOn" label="聘用日期" rules={[{ required: true, message: '请填写聘用日期' }]}>
            <Input type="date" data-testid="graduate-form-hired-on" />
          </Form.Item>
          <Form.Item name="fullTimeContract" valuePropName="checked">
            <Checkbox data-testid="graduate-form-full-time-contract">全职聘用（签订劳动合同）</Checkbox>
          </Form.Item>
          <Form.Item name="note" label="说明" rules={[{ max: 500, message: '说明不超过 500 个字' }]}>
            <Input.TextArea rows={3} data-testid="graduate-form-note" />
          </Form.Item>
        </Form>
      </div>
    </Drawer>
  );
}
