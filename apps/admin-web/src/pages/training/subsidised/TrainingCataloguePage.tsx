import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import type { Payer, TrainingCatalogueQuery, TrainingProgramme } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthContext';
import { formErrors } from '../../../apollo/formErrors';
import { useUrlParam } from '../../../apollo/useUrlParam';
import { EnumSelect } from '../../../components/EnumSelect';
import { ExportButton } from '../../../components/ExportButton';
import { FilterBar } from '../../../components/FilterBar';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { SearchInput } from '../../../components/SearchInput';
import type { ListField } from '../../../components/listFields';
import { tableColumns } from '../../../components/listFields';
import { parseYuan } from '../../../format/money';
import { label, payerLabels } from '../../../labels';
import { canManageSubsidisedTraining } from './access';
import { CreateTrainingCatalogueLineDoc, TrainingCatalogueQueryDoc } from './documents';
import { trainingProgrammeLabels } from './labels';

export type CatalogueLine = TrainingCatalogueQuery['trainingCatalogueLines'][number];

export const splitText = (split: readonly { payer: Payer; parts: number }[]) =>
  split.map((s) => `${label(payerLabels, s.payer)} ${s.parts}`).join(' : ');

export const periodText = (l: { validFrom: string; validUntil?: string | null }) =>
  l.validUntil ? `${l.validFrom} 至 ${l.validUntil}（不含）` : `${l.validFrom} 起`;

/** The catalogue, on screen and in Excel. */
export const catalogueFields: ListField<CatalogueLine>[] = [
  {
    header: '目录编码',
    value: (l) => l.code,
    render: (l) => (
      <Link to={`/training/catalogue/${encodeURIComponent(l.id)}`} data-testid="catalogue-link" data-line-id={l.id}>
        {l.code}
      </Link>
    ),
  },
  { header: '培训项目名称', value: (l) => l.nameZh, width: 30 },
  { header: '项目类别', value: (l) => label(trainingProgrammeLabels, l.programme), width: 20 },
  { header: '等级', value: (l) => l.level ?? '—', width: 10 },
  { header: '补贴标准（元/人）', value: (l) => l.amountFen, kind: 'money' },
  { header: '分担比例', value: (l) => splitText(l.split), width: 20 },
  { header: '有效期', value: (l) => periodText(l), width: 28 },
  { header: '须取得证书', value: (l) => (l.requiresCertificate ? '是' : '否'), width: 10 },
  { header: '发布文件', value: (l) => l.source, width: 30 },
];

const columns = tableColumns(catalogueFields);

interface LineValues {
  code: string;
  nameZh: string;
  programme: TrainingProgramme;
  level?: string;
  amount: string;
  cityParts?: number;
  countyParts?: number;
  validFrom: string;
  validUntil?: string;
  requiresCertificate: boolean;
  source: string;
}
const FIELDS = ['code', 'nameZh', 'programme', 'level', 'amountFen', 'split', 'validFrom', 'validUntil', 'source'];

/** The split as the form asks it: the city's and the county's parts (a zero part is no share). */
export function splitInput(city?: number | null, county?: number | null) {
  return [
    ...(city ? [{ payer: 'CITY' as Payer, parts: city }] : []),
    ...(county ? [{ payer: 'COUNTY' as Payer, parts: county }] : []),
  ];
}

function CreateLineDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<LineValues>();
  const [other, setOther] = useState<string[]>([]);
  const [create, { loading }] = useMutation(CreateTrainingCatalogueLineDoc, { refetchQueries: ['TrainingCatalogue'] });

  async function submit(v: LineValues) {
    setOther([]);
    try {
      const { data } = await create({
        variables: {
          input: {
            code: v.code?.trim() ?? '',
            nameZh: v.nameZh?.trim() ?? '',
            programme: v.programme,
            ...(v.level?.trim() ? { level: v.level.trim() } : {}),
            amountFen: Number(parseYuan(v.amount)),
            split: splitInput(v.cityParts, v.countyParts),
            validFrom: v.validFrom,
            ...(v.validUntil ? { validUntil: v.validUntil } : {}),
            requiresCertificate: v.requiresCertificate === true,
            source: v.source?.trim() ?? '',
          },
        },
      });
      const made = data?.createTrainingCatalogueLine;
      if (!made) return;
      message.success(`已登记目录项 ${made.code}`);
      form.resetFields();
      onClose();
      navigate(`/training/catalogue/${encodeURIComponent(made.id)}`);
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({
          name: (name === 'amountFen' ? 'amount' : name === 'split' ? 'cityParts' : name) as keyof LineValues,
          errors: [msg],
        })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="登记目录项"
      size={520}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="catalogue-submit">
            登记
          </Button>
        </Space>
      }
    >
      <div data-testid="catalogue-form">
        <Typography.Paragraph type="secondary">
          补贴标准由市人社局按补贴性职业技能培训目录发布（二(五)）；同一目录编码的有效期不得重叠，调整标准请在目录项页面“调整标准”。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<LineValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={{ requiresCertificate: true, cityParts: 1, countyParts: 1, programme: 'VOCATIONAL_SKILLS' }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="code"
            label="目录编码"
            rules={[{ required: true, whitespace: true, message: '请填写目录编码' }]}
          >
            <Input data-testid="catalogue-form-code" />
          </Form.Item>
          <Form.Item
            name="nameZh"
            label="培训项目名称"
            rules={[{ required: true, whitespace: true, message: '请填写名称' }]}
          >
            <Input data-testid="catalogue-form-name" />
          </Form.Item>
          <Form.Item name="programme" label="项目类别" rules={[{ required: true, message: '请选择项目类别' }]}>
            <Select
              data-testid="catalogue-form-programme"
              options={Object.entries(trainingProgrammeLabels).map(([value, text]) => ({ value, label: text }))}
            />
          </Form.Item>
          <Form.Item name="level" label="培训等级">
            <Input placeholder="如 初级工" data-testid="catalogue-form-level" />
          </Form.Item>
          <Form.Item
            name="amount"
            label="补贴标准（元/人）"
            required
            rules={[{ validator: async (_, v?: string) => void parseYuan(v ?? '') }]}
          >
            <Input inputMode="decimal" suffix="元" data-testid="catalogue-form-amount" />
          </Form.Item>
          <Space>
            <Form.Item name="cityParts" label={`${label(payerLabels, 'CITY')}份数`}>
              <InputNumber min={0} max={1000} precision={0} data-testid="catalogue-form-city-parts" />
            </Form.Item>
            <Form.Item name="countyParts" label={`${label(payerLabels, 'COUNTY')}份数（培训班所在县）`}>
              <InputNumber min={0} max={1000} precision={0} data-testid="catalogue-form-county-parts" />
            </Form.Item>
          </Space>
          <Form.Item name="validFrom" label="生效日期" rules={[{ required: true, message: '请填写生效日期' }]}>
            <Input type="date" data-testid="catalogue-form-valid-from" />
          </Form.Item>
          <Form.Item name="validUntil" label="失效日期（不含当日，可空）">
            <Input type="date" data-testid="catalogue-form-valid-until" />
          </Form.Item>
          <Form.Item name="requiresCertificate" valuePropName="checked">
            <Checkbox data-testid="catalogue-form-certificate">须取得证书方可补贴</Checkbox>
          </Form.Item>
          <Form.Item
            name="source"
            label="发布文件（文号）"
            rules={[{ required: true, whitespace: true, message: '请填写发布文件' }]}
          >
            <Input data-testid="catalogue-form-source" />
          </Form.Item>
        </Form>
      </div>
    </Drawer>
  );
}

/**
 * 补贴性职业技能培训目录 (R6 二(五)): every code's dated versions, filtered by programme, code or a day in force;
 * exported as shown. 市人社局 records lines here; everyone else reads.
 */
export function TrainingCataloguePage() {
  const { account } = useAuth();
  const manage = canManageSubsidisedTraining(account);
  const [programme, setProgramme] = useUrlParam<TrainingProgramme>('programme');
  const [code, setCode] = useUrlParam('code');
  const [on, setOn] = useUrlParam('on');
  const [creating, setCreating] = useState(false);
  const { data, loading, error } = useQuery(TrainingCatalogueQueryDoc, { variables: { programme, code, on } });
  const lines = data?.trainingCatalogueLines ?? [];
  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            <ExportButton name="补贴性职业技能培训目录" columns={catalogueFields} fetchRows={async () => lines} />
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="catalogue-create"
              >
                登记目录项
              </Button>
            )}
          </Space>
        }
      >
        补贴性职业技能培训目录
      </PageTitle>
      <QueryError error={error} />
      <FilterBar>
        <EnumSelect
          labels={trainingProgrammeLabels}
          value={programme}
          onChange={setProgramme}
          placeholder="全部项目类别"
          testId="filter-programme"
          width={220}
        />
        <SearchInput defaultValue={code} onSearch={setCode} placeholder="目录编码" testId="filter-code" />
        <Space>
          <Input
            type="date"
            value={on ?? ''}
            onChange={(e) => setOn(e.target.value || undefined)}
            aria-label="有效日期"
            data-testid="filter-on"
          />
          {on && (
            <Tag closable onClose={() => setOn(undefined)}>
              {on} 有效
            </Tag>
          )}
        </Space>
      </FilterBar>
      <Table<CatalogueLine>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={lines}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="catalogue-table"
      />
      {manage && <CreateLineDrawer open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
