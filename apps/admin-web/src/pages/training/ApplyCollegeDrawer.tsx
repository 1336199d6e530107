import { useState } from 'react';
import { Alert, App, Button, Drawer, Form, Input, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { formErrors } from '../../apollo/formErrors';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { ApplyForCraftsmanCollegeDoc } from './collegeDocuments';

export interface ApplyCollegeValues {
  name: string;
  hostId: string;
  foundedOn: string;
  note?: string;
}
const FIELDS: (keyof ApplyCollegeValues)[] = ['name', 'hostId', 'foundedOn', 'note'];

interface Props {
  open: boolean;
  initialValues?: Partial<ApplyCollegeValues>;
  onClose(): void;
  onApplied(id: string): void;
}

/**
 * 登记申报 (市总工会): a host unit's city-level craftsman college with its founding date. The server checks the unit
 * exists, that the college is newly built (founded within the policy window, not after today) and not applied for
 * twice; its coded errors land on their fields.
 */
export function ApplyCollegeDrawer({ open, initialValues, onClose, onApplied }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ApplyCollegeValues>();
  const [other, setOther] = useState<string[]>([]);
  const [apply, { loading }] = useMutation(ApplyForCraftsmanCollegeDoc, {
    refetchQueries: ['CraftsmanColleges', 'CraftsmanCollegeTarget'],
  });

  async function submit(values: ApplyCollegeValues) {
    setOther([]);
    try {
      const { data } = await apply({
        variables: {
          input: {
            name: values.name.trim(),
            hostId: values.hostId,
            foundedOn: values.foundedOn,
            ...(values.note?.trim() ? { note: values.note.trim() } : {}),
          },
        },
      });
      const made = data?.applyForCraftsmanCollege;
      if (!made) return;
      message.success(`已登记申报：${values.name.trim()}`);
      form.resetFields();
      onApplied(made.id);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as keyof ApplyCollegeValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="登记市级工匠学院申报"
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="college-apply-submit">
            登记
          </Button>
        </Space>
      }
    >
      <div data-testid="college-apply-form">
        <Typography.Paragraph type="secondary">
          申报后由市总工会评审，评审人以外的工作人员批准建设；批准后资金核定服务按政策核定市总工会的一次性补助（二(六)）。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<ApplyCollegeValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={initialValues}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="name"
            label="工匠学院名称"
            rules={[
              { required: true, whitespace: true, message: '工匠学院名称不能为空' },
              { min: 2, message: '工匠学院名称至少 2 个字' },
              { max: 100, message: '工匠学院名称不超过 100 个字' },
            ]}
          >
            <Input data-testid="college-form-name" />
          </Form.Item>
          <Form.Item name="hostId" label="建设单位" rules={[{ required: true, message: '请选择建设单位' }]}>
            <OrganisationSelect testId="college-form-host" />
          </Form.Item>
          <Form.Item name="foundedOn" label="建成日期" rules={[{ required: true, message: '请填写建成日期' }]}>
            <Input type="date" data-testid="college-form-founded" />
          </Form.Item>
          <Form.Item name="note" label="说明" rules={[{ max: 500, message: '说明不超过 500 个字' }]}>
            <Input.TextArea rows={3} data-testid="college-form-note" />
          </Form.Item>
        </Form>
      </div>
    </Drawer>
  );
}
