import { useState } from 'react';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { formErrors } from '../../../apollo/formErrors';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PolicyYearSelect } from '../../../components/PolicyYearSelect';
import { formatFen, parseYuan } from '../../../format/money';
import { organisationKindLabels } from '../../../labels';
import { CorrectEducationInvestmentDoc, RecordEducationInvestmentDoc } from './documents';

export interface InvestmentValues {
  enterpriseId?: string;
  taxYear?: number;
  pilotEnterprise?: boolean;
  documentNo?: string;
  documentDate?: string;
  /** 元, as typed. */
  investmentFen?: string;
  surchargeDueFen?: string;
  reason?: string;
}
const FIELDS: (keyof InvestmentValues)[] = [
  'enterpriseId',
  'taxYear',
  'pilotEnterprise',
  'documentNo',
  'documentDate',
  'investmentFen',
  'surchargeDueFen',
  'reason',
];

/** A stored amount in fen as the form shows it, in 元 without grouping: 1234.50. */
export const fenToYuanText = (fen: number | string): string => formatFen(fen).replace(/[¥,]/g, '');

interface Props {
  open: boolean;
  /** Set to correct that record (enterprise and year fixed); unset to record a new one. */
  correcting?: { id: string; enterpriseName: string; taxYear: number };
  initialValues?: InvestmentValues;
  onClose(): void;
  onSaved(id: string): void;
}

const yuanRule = {
  validator: async (_: unknown, v?: string) => {
    parseYuan(v ?? '');
  },
};

/**
 * 登记 / 更正产教融合型企业投资 (市人社局, 二(四)): an enterprise's tax year — its pilot status with the listing document,
 * the investment in vocational education and the education surcharges due, in 元. The server's coded errors land on
 * their fields; finance works out the credit and its carry-forward from what is saved.
 */
export function InvestmentDrawer({ open, correcting, initialValues, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<InvestmentValues>();
  const pilot = Form.useWatch('pilotEnterprise', form) ?? initialValues?.pilotEnterprise ?? true;
  const [other, setOther] = useState<string[]>([]);
  const refetchQueries = ['EducationInvestments', 'EducationInvestmentDetail'];
  const [record, recording] = useMutation(RecordEducationInvestmentDoc, { refetchQueries });
  const [correct, correctingState] = useMutation(CorrectEducationInvestmentDoc, { refetchQueries });
  const loading = recording.loading || correctingState.loading;

  async function submit(values: InvestmentValues) {
    setOther([]);
    const figures = {
      pilotEnterprise: values.pilotEnterprise === true,
      ...(values.pilotEnterprise
        ? { documentNo: values.documentNo?.trim() || null, documentDate: values.documentDate || null }
        : {}),
      // Within FEN_MAX (parseYuan checks): a safe integer, exact as a JSON number.
      investmentFen: Number(parseYuan(values.investmentFen ?? '')),
      surchargeDueFen: Number(parseYuan(values.surchargeDueFen ?? '')),
    };
    try {
      let id: string | undefined;
      if (correcting) {
        const { data } = await correct({
          variables: { input: { id: correcting.id, ...figures, reason: values.reason?.trim() ?? '' } },
        });
        id = data?.correctEducationInvestment.id;
      } else {
        const { data } = await record({
          variables: { input: { enterpriseId: values.enterpriseId!, taxYear: values.taxYear!, ...figures } },
        });
        id = data?.recordEducationInvestment.id;
      }
      if (!id) return;
      message.success(correcting ? '已更正，财政将重算抵免台账' : '已登记，财政将据此计算抵免额');
      form.resetFields();
      onSaved(id);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as keyof InvestmentValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={
        correcting ? `更正投资登记：${correcting.enterpriseName} ${correcting.taxYear}年度` : '登记产教融合型企业投资'
      }
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="investment-submit">
            {correcting ? '更正' : '登记'}
          </Button>
        </Space>
      }
    >
      <div data-testid="investment-form">
        <Typography.Paragraph type="secondary">
          纳入产教融合型企业建设培育范围的试点企业兴办职业教育的投资，按投资额的规定比例抵免该企业当年应缴教育费附加和地方教育附加（第二部分（四））；抵免额和结转由财政按政策规则计算。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<InvestmentValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={{ pilotEnterprise: true, ...initialValues }}
          onFinish={(v) => void submit(v)}
        >
          {!correcting && (
            <>
              <Form.Item
                name="enterpriseId"
                label={organisationKindLabels.ENTERPRISE}
                rules={[{ required: true, message: '请选择企业' }]}
              >
                <OrganisationSelect testId="investment-form-enterprise" />
              </Form.Item>
              <Form.Item name="taxYear" label="纳税年度" rules={[{ required: true, message: '请选择纳税年度' }]}>
                <PolicyYearSelect testId="investment-form-year" ariaLabel="纳税年度" />
              </Form.Item>
            </>
          )}
          <Form.Item name="pilotEnterprise" valuePropName="checked">
            <Checkbox data-testid="investment-form-pilot">纳入产教融合型企业建设培育范围的试点企业</Checkbox>
          </Form.Item>
          {pilot && (
            <>
              <Form.Item
                name="documentNo"
                label="纳入培育范围的文件文号"
                rules={[
                  { required: true, whitespace: true, message: '试点企业须填写文件文号' },
                  { max: 100, message: '文号不超过 100 个字' },
                ]}
              >
                <Input data-testid="investment-form-document-no" />
              </Form.Item>
              <Form.Item
                name="documentDate"
                label="文件日期"
                rules={[{ required: true, message: '试点企业须填写文件日期' }]}
              >
                <Input type="date" data-testid="investment-form-document-date" />
              </Form.Item>
            </>
          )}
          <Form.Item name="investmentFen" label="兴办职业教育的投资额（元）" required rules={[yuanRule]}>
            <Input inputMode="decimal" suffix="元" data-testid="investment-form-investment" />
          </Form.Item>
          <Form.Item name="surchargeDueFen" label="当年应缴教育费附加和地方教育附加（元）" required rules={[yuanRule]}>
            <Input inputMode="decimal" suffix="元" data-testid="investment-form-surcharge" />
          </Form.Item>
          {correcting && (
            <Form.Item
              name="reason"
              label="更正理由"
              rules={[
                { required: true, whitespace: true, message: '更正须说明理由' },
                { min: 2, message: '更正理由不少于 2 个字' },
                { max: 500, message: '更正理由不超过 500 个字' },
              ]}
            >
              <Input.TextArea rows={3} data-testid="investment-form-reason" />
            </Form.Item>
          )}
        </Form>
      </div>
    </Drawer>
  );
}
