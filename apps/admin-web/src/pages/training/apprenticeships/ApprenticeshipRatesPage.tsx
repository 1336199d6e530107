import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space, Table, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import type { ApprenticeshipRatesQuery } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthContext';
import { formErrors } from '../../../apollo/formErrors';
import { CountySelect } from '../../../components/CountySelect';
import { FilterBar } from '../../../components/FilterBar';
import { Money } from '../../../components/Money';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { useUrlParam } from '../../../apollo/useUrlParam';
import { formatFen, parseYuan } from '../../../format/money';
import { canSetApprenticeshipRate } from './access';
import { ApprenticeshipRatesQueryDoc, SetApprenticeshipRateDoc } from './documents';

type Rate = ApprenticeshipRatesQuery['apprenticeshipRates'][number];

interface RateValues {
  effectiveFrom: string;
  rate: string;
  note?: string;
}
const FIELDS = ['effectiveFrom', 'rateFen', 'note'];

const columns = [
  { title: '县（市、区）', key: 'county', render: (_: unknown, r: Rate) => r.county.name },
  { title: '生效日期', dataIndex: 'effectiveFrom', key: 'effectiveFrom' },
  { title: '每人每年', key: 'rate', render: (_: unknown, r: Rate) => <Money fen={r.rateFen} /> },
  { title: '说明', key: 'note', render: (_: unknown, r: Rate) => r.note ?? '—' },
  { title: '设定人', dataIndex: 'setByName', key: 'setByName' },
  { title: '设定时间', key: 'setAt', render: (_: unknown, r: Rate) => r.setAt.slice(0, 19).replace('T', ' ') },
];

/** 设定本县补贴标准 (the county HRSS, its own county): the rules' range shown, the server's refusal on its field. */
function SetRateForm({ range }: { range: { minFen: number; maxFen: number; clause: string } | undefined }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RateValues>();
  const [other, setOther] = useState<string[]>([]);
  const [save, { loading }] = useMutation(SetApprenticeshipRateDoc, {
    refetchQueries: ['ApprenticeshipRates'],
    awaitRefetchQueries: true,
  });

  async function submit(values: RateValues) {
    setOther([]);
    // Validated by the field's rule already; within the API's safe range, so Number() is exact.
    const fen = parseYuan(values.rate);
    try {
      await save({
        variables: {
          input: {
            effectiveFrom: values.effectiveFrom,
            rateFen: Number(fen),
            ...(values.note?.trim() ? { note: values.note.trim() } : {}),
          },
        },
      });
      message.success(`已设定补贴标准：自 ${values.effectiveFrom} 起每人每年 ${formatFen(fen)}`);
      form.resetFields();
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({
          name: (name === 'rateFen' ? 'rate' : name) as keyof RateValues,
          errors: [msg],
        })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Card size="small" title="设定本县（市、区）补贴标准" style={{ marginBottom: 16 }} data-testid="rate-form">
      <Typography.Paragraph type="secondary">
        {range
          ? `政策规定由县财政按照每人每年 ${formatFen(range.minFen)}—${formatFen(range.maxFen)} 标准给予企业职业培训补贴（${range.clause}）。`
          : null}
        新标准自生效日期起适用于起始日在此之后的培训年度；历次设定均保留。
      </Typography.Paragraph>
      {other.length > 0 && (
        <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
      )}
      <Form<RateValues> form={form} layout="inline" disabled={loading} onFinish={(v) => void submit(v)}>
        <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true, message: '请填写生效日期' }]}>
          <Input type="date" data-testid="rate-form-effective-from" />
        </Form.Item>
        <Form.Item
          name="rate"
          label="每人每年（元）"
          required
          rules={[
            {
              validator: async (_, v?: string) => {
                parseYuan(v ?? '');
              },
            },
          ]}
        >
          <Input inputMode="decimal" suffix="元" placeholder="如 5000" data-testid="rate-form-rate" />
        </Form.Item>
        <Form.Item name="note" label="说明" rules={[{ max: 500, message: '说明不超过 500 个字' }]}>
          <Input placeholder="如 设定文件文号" data-testid="rate-form-note" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={loading} data-testid="rate-form-submit">
            设定
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

/**
 * 县定学徒补贴标准 (二(二)): every county's rates with their history, newest first per county; a county HRSS bureau
 * sets its own county's here (and sees its own by default), the city reads every county's.
 */
export function ApprenticeshipRatesPage() {
  const { account } = useAuth();
  const navigate = useNavigate();
  const mayset = canSetApprenticeshipRate(account);
  const [picked, setCountyCode] = useUrlParam('countyCode');
  const countyCode = picked ?? (mayset ? (account?.countyCode ?? undefined) : undefined);
  const { data, loading, error } = useQuery(ApprenticeshipRatesQueryDoc, { variables: { countyCode } });
  return (
    <>
      <PageTitle
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/training/apprenticeships')}>
            返回企业新型学徒
          </Button>
        }
      >
        县定学徒补贴标准
      </PageTitle>
      <QueryError error={error} />
      {mayset && <SetRateForm range={data?.apprenticeshipRateRange} />}
      <FilterBar>
        <CountySelect value={countyCode} onChange={(v) => setCountyCode(v || undefined)} />
      </FilterBar>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Table<Rate>
          rowKey="id"
          size="small"
          loading={loading}
          pagination={false}
          columns={columns}
          dataSource={data?.apprenticeshipRates ?? []}
          data-testid="apprenticeship-rates-table"
        />
      </Space>
    </>
  );
}
