import { useState } from 'react';
import { Alert, App, Button, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import type { BenefitGroup, Payer } from '../../gql/graphql';
import { formErrors } from '../../apollo/formErrors';
import { CountySelect } from '../../components/CountySelect';
import { payerName } from '../../components/CostShares';
import { PolicyYearSelect } from '../../components/PolicyYearSelect';
import { formatFen, parseYuan } from '../../format/money';
import { label, labelOptions, payerLabels } from '../../labels';
import { BudgetsQueryDoc, SetBudgetMutationDoc } from './budgetDocuments';
import type { BudgetLine } from './budgetFields';
import { benefitGroupLabels } from './financeLabels';

export interface BudgetFormValues {
  payer: Payer;
  countyCode?: string;
  year: number;
  benefitGroup: BenefitGroup;
  /** In 元 as typed ('12000', '1234.5'): read digit by digit into fen, never through a float. */
  amount: string;
}
const FIELDS: (keyof BudgetFormValues)[] = ['payer', 'countyCode', 'year', 'benefitGroup', 'amount'];

// Tax credits (R4) are not spent from a budget: the API refuses a TAX budget, so the form does not offer it.
const PAYER_OPTIONS = labelOptions(payerLabels).filter((o) => o.value !== 'TAX');

/** Mount it while open only: the form then starts from `initial`, not from the last opening's values. */
interface Props {
  /** The form's starting values (a line's 调整 fills in its payer, county, group, year and amount); null: closed. */
  initial: Partial<BudgetFormValues> | null;
  onClose(): void;
  /** The line as the API answers after the change (the table refetches the year's lines itself). */
  onSaved(line: BudgetLine): void;
}

/**
 * 设定预算 for 市财政局 (finance:manage): one budget per payer (a county's finance with its county), year and benefit
 * group; setting it again changes it. The server refuses a budget below what is already approved
 * (BUDGET_BELOW_COMMITTED) and the like, in Chinese, on the field concerned; the amount is checked here first.
 */
export function SetBudgetDrawer({ initial, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<BudgetFormValues>();
  const [other, setOther] = useState<string[]>([]);
  const payer = Form.useWatch('payer', form);
  const [save, { loading }] = useMutation(SetBudgetMutationDoc);

  async function submit(values: BudgetFormValues) {
    setOther([]);
    // Validated by the field's rule already; a bigint within the API's safe range, so Number() is exact.
    const fen = parseYuan(values.amount);
    const countyCode = values.payer === 'COUNTY' ? values.countyCode : undefined;
    try {
      const { data } = await save({
        variables: {
          input: {
            payer: values.payer,
            countyCode,
            year: values.year,
            benefitGroup: values.benefitGroup,
            amount: Number(fen),
          },
        },
        refetchQueries: [{ query: BudgetsQueryDoc, variables: { year: values.year } }],
        awaitRefetchQueries: true,
      });
      const line = data?.setBudget;
      if (!line) return;
      message.success(
        `已设定${line.year}年度${payerName(line.payer, line.county)}“${label(benefitGroupLabels, line.benefitGroup)}”预算 ` +
          `${formatFen(line.budget)}，剩余 ${formatFen(line.remaining)}`,
      );
      onSaved(line);
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as keyof BudgetFormValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={initial !== null}
      onClose={onClose}
      title="设定预算"
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose} data-testid="budget-cancel">
            取消
          </Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="budget-submit">
            保存
          </Button>
        </Space>
      }
    >
      <div data-testid="budget-form">
        <Typography.Paragraph type="secondary">
          同一出资方、县（市、区）、年度、待遇类别只有一项预算，再次设定即修改。审批时按剩余预算核对；预算不能低于已审批金额。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={other.join('；')}
            style={{ marginBottom: 16 }}
            data-testid="budget-form-error"
          />
        )}
        <Form<BudgetFormValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={initial ?? undefined}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="payer" label="出资方" rules={[{ required: true, message: '请选择出资方' }]}>
            <Select<Payer> options={PAYER_OPTIONS} placeholder="请选择" data-testid="budget-form-payer" />
          </Form.Item>
          {payer === 'COUNTY' && (
            <Form.Item
              name="countyCode"
              label="县（市、区）"
              rules={[{ required: true, message: '县级财政预算须选择县（市、区）' }]}
            >
              <CountySelect placeholder="请选择县（市、区）" ariaLabel="县（市、区）" testId="budget-form-county" />
            </Form.Item>
          )}
          <Form.Item name="year" label="预算年度" rules={[{ required: true, message: '请选择预算年度' }]}>
            <PolicyYearSelect testId="budget-form-year" />
          </Form.Item>
          <Form.Item name="benefitGroup" label="待遇类别" rules={[{ required: true, message: '请选择待遇类别' }]}>
            {/* Twelve groups are more than the dropdown shows at once: typing part of the name finds the rest. */}
            <Select<BenefitGroup>
              showSearch={{ optionFilterProp: 'label' }}
              options={labelOptions(benefitGroupLabels)}
              placeholder="请选择"
              data-testid="budget-form-group"
            />
          </Form.Item>
          <Form.Item
            name="amount"
            label="预算金额（元）"
            // Marked required like the others; parseYuan says what is wrong with a blank or any other entry.
            required
            extra="以元为单位，最多两位小数，如 120000 或 1234.50"
            rules={[
              {
                validator: async (_, v?: string) => {
                  parseYuan(v ?? '');
                },
              },
            ]}
          >
            <Input inputMode="decimal" suffix="元" placeholder="如 120000" data-testid="budget-form-amount" />
          </Form.Item>
        </Form>
      </div>
    </Drawer>
  );
}
