import { useState } from 'react';
import { Alert, App, Button, Drawer, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import type { CompetitionTier } from '../../gql/graphql';
import { formErrors } from '../../apollo/formErrors';
import { currentYear } from '../../format/dateTime';
import { competitionTierLabels, labelOptions } from '../../labels';
import { CountySelect } from '../../components/CountySelect';
import { CreateCompetitionDoc } from './documents';

export interface CompetitionValues {
  name: string;
  tier: CompetitionTier;
  trade: string;
  year: number;
  organiser: string;
  heldOn?: string;
  endsOn?: string;
  /** 承办县（市、区）: counted in that county's share of T12. */
  countyCode?: string;
}
const FIELDS: (keyof CompetitionValues)[] = [
  'name',
  'tier',
  'trade',
  'year',
  'organiser',
  'heldOn',
  'endsOn',
  'countyCode',
];

interface Props {
  open: boolean;
  onClose(): void;
  onCreated(id: string): void;
}

/**
 * 登记竞赛 (市人社局、市总工会, 四(十三)): name, tier, trade, year, organiser and dates. The server checks the year, that
 * both dates fall in it and the end is not before the start; its coded errors land on their fields.
 */
export function CreateCompetitionDrawer({ open, onClose, onCreated }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CompetitionValues>();
  const [other, setOther] = useState<string[]>([]);
  const [create, { loading }] = useMutation(CreateCompetitionDoc, {
    refetchQueries: ['Competitions', 'CompetitionYear'],
  });

  async function submit(values: CompetitionValues) {
    setOther([]);
    try {
      const { data } = await create({
        variables: {
          input: {
            name: values.name.trim(),
            tier: values.tier,
            trade: values.trade.trim(),
            year: values.year,
            organiser: values.organiser.trim(),
            heldOn: values.heldOn || null,
            endsOn: values.endsOn || null,
            ...(values.countyCode ? { countyCode: values.countyCode } : {}),
          },
        },
      });
      const made = data?.createCompetition;
      if (!made) return;
      message.success(`已登记竞赛：${made.name}`);
      form.resetFields();
      onCreated(made.id);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as keyof CompetitionValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="登记竞赛"
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            loading={loading}
            onClick={() => form.submit()}
            data-testid="competition-create-submit"
          >
            登记
          </Button>
        </Space>
      }
    >
      <div data-testid="competition-create-form">
        <Typography.Paragraph type="secondary">
          登记后可在竞赛页面录入或从 Excel 导入成绩、登记团体成绩；市级一类、二类竞赛计入 T12（四(十三)）。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<CompetitionValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={{ tier: 'CITY_CATEGORY_1', year: currentYear() }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="name"
            label="竞赛名称"
            rules={[
              { required: true, whitespace: true, message: '竞赛名称不能为空' },
              { max: 100, message: '竞赛名称不超过 100 个字' },
            ]}
          >
            <Input data-testid="competition-form-name" />
          </Form.Item>
          <Form.Item name="tier" label="竞赛级别" rules={[{ required: true, message: '请选择竞赛级别' }]}>
            <Select<CompetitionTier>
              options={labelOptions(competitionTierLabels)}
              data-testid="competition-form-tier"
            />
          </Form.Item>
          <Form.Item
            name="trade"
            label="竞赛工种（职业）"
            rules={[
              { required: true, whitespace: true, message: '竞赛工种不能为空' },
              { max: 50, message: '竞赛工种不超过 50 个字' },
            ]}
          >
            <Input placeholder="如 焊工、数控车工" data-testid="competition-form-trade" />
          </Form.Item>
          <Form.Item name="year" label="竞赛年度" rules={[{ required: true, message: '请填写竞赛年度' }]}>
            <InputNumber precision={0} style={{ width: 160 }} data-testid="competition-form-year" />
          </Form.Item>
          <Form.Item
            name="organiser"
            label="主办单位"
            rules={[
              { required: true, whitespace: true, message: '主办单位不能为空' },
              { max: 100, message: '主办单位不超过 100 个字' },
            ]}
          >
            <Input placeholder="如 济宁市人力资源和社会保障局" data-testid="competition-form-organiser" />
          </Form.Item>
          <Form.Item name="heldOn" label="开始日期">
            <Input type="date" data-testid="competition-form-held-on" />
          </Form.Item>
          <Form.Item name="endsOn" label="结束日期">
            <Input type="date" data-testid="competition-form-ends-on" />
          </Form.Item>
          <Form.Item
            name="countyCode"
            label="承办县（市、区）"
            extra="由某县（市、区）承办的，计入该县对市级竞赛目标（T12）的贡献；市里直接举办的不选"
          >
            <CountySelect testId="competition-form-county" placeholder="市里直接举办" ariaLabel="承办县（市、区）" />
          </Form.Item>
        </Form>
      </div>
    </Drawer>
  );
}
