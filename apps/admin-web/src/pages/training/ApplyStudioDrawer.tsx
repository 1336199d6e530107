import { useState } from 'react';
import { Alert, App, Button, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import type { StudioLevel } from '../../gql/graphql';
import { formErrors } from '../../apollo/formErrors';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { PersonSelect } from '../../components/PersonSelect';
import { labelOptions, studioLevelLabels } from '../../labels';
import { ApplyForStudioDoc } from './documents';

export interface ApplyValues {
  name: string;
  level: StudioLevel;
  leadId: string;
  hostId: string;
  trade: string;
  note?: string;
}
const FIELDS: (keyof ApplyValues)[] = ['name', 'level', 'leadId', 'hostId', 'trade', 'note'];

interface Props {
  open: boolean;
  /** Prefilled values, e.g. the lead when the drawer opens from a person's page. */
  initialValues?: Partial<ApplyValues>;
  onClose(): void;
  onApplied(id: string): void;
}

/**
 * 登记申报 (市人社局): a host unit's application with its lead (领办人) and trade. The server checks the lead and the
 * unit exist and that the lead leads no other live studio of the level; its coded errors land on their fields.
 */
export function ApplyStudioDrawer({ open, initialValues, onClose, onApplied }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ApplyValues>();
  const [other, setOther] = useState<string[]>([]);
  const [apply, { loading }] = useMutation(ApplyForStudioDoc, { refetchQueries: ['MasterStudios'] });

  async function submit(values: ApplyValues) {
    setOther([]);
    try {
      const { data } = await apply({
        variables: {
          input: {
            name: values.name.trim(),
            level: values.level,
            leadId: values.leadId,
            hostId: values.hostId,
            trade: values.trade.trim(),
            ...(values.note?.trim() ? { note: values.note.trim() } : {}),
          },
        },
      });
      const made = data?.applyForStudio;
      if (!made) return;
      message.success(`已登记申报：${values.name.trim()}`);
      form.resetFields();
      onApplied(made.id);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as keyof ApplyValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="登记技能大师工作室申报"
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="studio-apply-submit">
            登记
          </Button>
        </Space>
      }
    >
      <div data-testid="studio-apply-form">
        <Typography.Paragraph type="secondary">
          申报后依次评审、遴选、公示，公示期满由遴选人以外的工作人员命名；命名后资金核定服务按政策核定建设补助。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<ApplyValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={{ level: 'CITY', ...initialValues }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="name"
            label="工作室名称"
            rules={[
              { required: true, whitespace: true, message: '工作室名称不能为空' },
              { min: 2, message: '工作室名称至少 2 个字' },
              { max: 100, message: '工作室名称不超过 100 个字' },
            ]}
          >
            <Input data-testid="studio-form-name" />
          </Form.Item>
          <Form.Item name="level" label="申报级别" rules={[{ required: true, message: '请选择申报级别' }]}>
            <Select<StudioLevel> options={labelOptions(studioLevelLabels)} data-testid="studio-form-level" />
          </Form.Item>
          <Form.Item name="hostId" label="依托单位" rules={[{ required: true, message: '请选择依托单位' }]}>
            <OrganisationSelect testId="studio-form-host" />
          </Form.Item>
          <Form.Item name="leadId" label="领办人（技能大师）" rules={[{ required: true, message: '请选择领办人' }]}>
            <PersonSelect testId="studio-form-lead" />
          </Form.Item>
          <Form.Item
            name="trade"
            label="职业（工种）领域"
            rules={[
              { required: true, whitespace: true, message: '职业（工种）不能为空' },
              { max: 50, message: '职业（工种）不超过 50 个字' },
            ]}
          >
            <Input placeholder="如 焊工、数控车工" data-testid="studio-form-trade" />
          </Form.Item>
          <Form.Item name="note" label="说明" rules={[{ max: 500, message: '说明不超过 500 个字' }]}>
            <Input.TextArea rows={3} data-testid="studio-form-note" />
          </Form.Item>
        </Form>
      </div>
    </Drawer>
  );
}
