import { useState } from 'react';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import type { ComplianceCheck } from '../../../gql/graphql';
import { formErrors } from '../../../apollo/formErrors';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PolicyYearSelect } from '../../../components/PolicyYearSelect';
import { parseYuan } from '../../../format/money';
import { labelOptions } from '../../../labels';
import { ReportComplianceDoc } from './documents';
import { complianceCheckLabels } from './labels';

/** The figures of each check, as the form names them (in 元) and as the API does (in fen). */
const FIGURES: Record<ComplianceCheck, { name: FigureName; label: string }[]> = {
  FRONTLINE_EDUCATION_FUNDS: [
    { name: 'fundsUsedFen', label: '当年使用的职工教育经费（元）' },
    { name: 'frontlineFen', label: '其中用于一线职工（元）' },
  ],
  E3_SOE_WAGE_GROWTH: [
    { name: 'highSkilledPreviousAvgFen', label: '高技能人才上年人均工资（元）' },
    { name: 'highSkilledCurrentAvgFen', label: '高技能人才本年人均工资（元）' },
    { name: 'managersPreviousAvgFen', label: '管理人员上年人均工资（元）' },
    { name: 'managersCurrentAvgFen', label: '管理人员本年人均工资（元）' },
  ],
};
type FigureName =
  | 'fundsUsedFen'
  | 'frontlineFen'
  | 'highSkilledPreviousAvgFen'
  | 'highSkilledCurrentAvgFen'
  | 'managersPreviousAvgFen'
  | 'managersCurrentAvgFen';

export interface ComplianceValues extends Partial<Record<FigureName, string>> {
  check: ComplianceCheck;
  enterpriseId: string;
  year: number;
  correction?: boolean;
  note?: string;
}
const FIELDS: (keyof ComplianceValues)[] = [
  'check',
  'enterpriseId',
  'year',
  'fundsUsedFen',
  'frontlineFen',
  'highSkilledPreviousAvgFen',
  'highSkilledCurrentAvgFen',
  'managersPreviousAvgFen',
  'managersCurrentAvgFen',
  'note',
];

interface Props {
  open: boolean;
  initialValues?: Partial<ComplianceValues>;
  onClose(): void;
  onRecorded(id: string): void;
}

/**
 * 登记合规报告 (市人社局): an enterprise's figures of a year, in 元. The rules check them when saved (六: at least the
 * policy's share to frontline workers; 三(八): high-skilled wage growth not below managers' in a state-owned
 * enterprise, as the directory records it); a figure the rules cannot accept comes back on its field.
 */
export function ReportComplianceDrawer({ open, initialValues, onClose, onRecorded }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ComplianceValues>();
  const check = Form.useWatch('check', form) ?? initialValues?.check ?? 'FRONTLINE_EDUCATION_FUNDS';
  const correction = Form.useWatch('correction', form) === true;
  const [other, setOther] = useState<string[]>([]);
  const [report, { loading }] = useMutation(ReportComplianceDoc, {
    refetchQueries: ['ComplianceReports', 'ComplianceSummary'],
  });

  async function submit(values: ComplianceValues) {
    setOther([]);
    try {
      const figures = Object.fromEntries(
        FIGURES[values.check].map((f) => [f.name, String(parseYuan(values[f.name] ?? ''))]),
      );
      const { data } = await report({
        variables: {
          input: {
            check: values.check,
            enterpriseId: values.enterpriseId,
            year: values.year,
            ...figures,
            correction: values.correction === true,
            ...(values.note?.trim() ? { note: values.note.trim() } : {}),
          },
        },
      });
      const made = data?.reportCompliance;
      if (!made) return;
      const verdict = !made.applicable ? '不适用' : made.compliant ? '符合要求' : '不符合要求';
      message.success(`已登记：${verdict}`);
      form.resetFields();
      onRecorded(made.id);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as keyof ComplianceValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="登记企业合规报告"
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="compliance-submit">
            {correction ? '更正' : '登记'}
          </Button>
        </Space>
      }
    >
      <div data-testid="compliance-form">
        <Typography.Paragraph type="secondary">
          保存时按政策规则检查：职工教育经费用于一线职工的比例（第六部分）；国有及国有控股企业高技能人才工资增幅不低于管理人员（第三部分（八）），企业是否国有以人员单位库为准。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<ComplianceValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={{ check: 'FRONTLINE_EDUCATION_FUNDS', ...initialValues }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="check" label="检查事项" rules={[{ required: true, message: '请选择检查事项' }]}>
            <Select<ComplianceCheck>
              options={labelOptions(complianceCheckLabels)}
              data-testid="compliance-form-check"
            />
          </Form.Item>
          <Form.Item name="enterpriseId" label="企业" rules={[{ required: true, message: '请选择企业' }]}>
            <OrganisationSelect testId="compliance-form-enterprise" />
          </Form.Item>
          <Form.Item name="year" label="年度" rules={[{ required: true, message: '请选择年度' }]}>
            <PolicyYearSelect testId="compliance-form-year" ariaLabel="报告年度" />
          </Form.Item>
          {FIGURES[check].map((f) => (
            <Form.Item
              key={f.name}
              name={f.name}
              label={f.label}
              required
              rules={[
                {
                  validator: async (_, v?: string) => {
                    parseYuan(v ?? '');
                  },
                },
              ]}
            >
              <Input inputMode="decimal" suffix="元" data-testid={`compliance-form-${f.name}`} />
            </Form.Item>
          ))}
          <Form.Item name="correction" valuePropName="checked">
            <Checkbox data-testid="compliance-form-correction">更正已登记的报告</Checkbox>
          </Form.Item>
          <Form.Item
            name="note"
            label="说明"
            rules={[
              { required: correction, message: '更正报告须说明理由' },
              { max: 500, message: '说明不超过 500 个字' },
            ]}
          >
            <Input.TextArea rows={3} data-testid="compliance-form-note" />
          </Form.Item>
        </Form>
      </div>
    </Drawer>
  );
}
