import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Space,
  Table,
  Typography,
} from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../auth/AuthContext';
import { formErrors } from '../../../apollo/formErrors';
import { Money } from '../../../components/Money';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { RecordFallback } from '../../../components/RecordFallback';
import { tableColumns } from '../../../components/listFields';
import { parseYuan } from '../../../format/money';
import { label, payerLabels } from '../../../labels';
import { canManageSubsidisedTraining } from './access';
import { SupersedeTrainingCatalogueLineDoc, TrainingCatalogueQueryDoc } from './documents';
import { trainingProgrammeLabels } from './labels';
import { catalogueFields, periodText, splitInput, splitText, type CatalogueLine } from './TrainingCataloguePage';

const versionColumns = tableColumns(catalogueFields);

interface SupersedeValues {
  validFrom: string;
  amount: string;
  cityParts?: number;
  countyParts?: number;
  requiresCertificate: boolean;
  source: string;
}
const FIELDS = ['validFrom', 'amountFen', 'split', 'source'];

/** 调整标准: a new version of the code from a date; the one in force ends that day. */
function SupersedeForm({ line, onDone }: { line: CatalogueLine; onDone(id: string): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SupersedeValues>();
  const [other, setOther] = useState<string[]>([]);
  const [save, { loading }] = useMutation(SupersedeTrainingCatalogueLineDoc, {
    refetchQueries: ['TrainingCatalogue'],
    awaitRefetchQueries: true,
  });
  const parts = (p: string) => line.split.find((s) => s.payer === p)?.parts ?? 0;

  async function submit(v: SupersedeValues) {
    setOther([]);
    try {
      const { data } = await save({
        variables: {
          input: {
            id: line.id,
            validFrom: v.validFrom,
            amountFen: Number(parseYuan(v.amount)),
            split: splitInput(v.cityParts, v.countyParts),
            requiresCertificate: v.requiresCertificate === true,
            source: v.source?.trim() ?? '',
          },
        },
      });
      const made = data?.supersedeTrainingCatalogueLine;
      if (!made) return;
      message.success(`已调整目录项 ${made.code}：自 ${v.validFrom} 起适用新标准`);
      form.resetFields();
      onDone(made.id);
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({
          name: (name === 'amountFen' ? 'amount' : name === 'split' ? 'cityParts' : name) as keyof SupersedeValues,
          errors: [msg],
        })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Card size="small" title="调整标准（自某日起的新版本）" style={{ marginBottom: 16 }} data-testid="supersede-form">
      {other.length > 0 && (
        <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
      )}
      <Form<SupersedeValues>
        form={form}
        layout="inline"
        disabled={loading}
        initialValues={{
          requiresCertificate: line.requiresCertificate,
          cityParts: parts('CITY'),
          countyParts: parts('COUNTY'),
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="validFrom" label="生效日期" rules={[{ required: true, message: '请填写生效日期' }]}>
          <Input type="date" data-testid="supersede-valid-from" />
        </Form.Item>
        <Form.Item
          name="amount"
          label="补贴标准（元/人）"
          required
          rules={[{ validator: async (_, v?: string) => void parseYuan(v ?? '') }]}
        >
          <Input inputMode="decimal" suffix="元" data-testid="supersede-amount" />
        </Form.Item>
        <Form.Item name="cityParts" label={label(payerLabels, 'CITY')}>
          <InputNumber min={0} max={1000} precision={0} data-testid="supersede-city-parts" />
        </Form.Item>
        <Form.Item name="countyParts" label={label(payerLabels, 'COUNTY')}>
          <InputNumber min={0} max={1000} precision={0} data-testid="supersede-county-parts" />
        </Form.Item>
        <Form.Item name="requiresCertificate" valuePropName="checked">
          <Checkbox>须取得证书</Checkbox>
        </Form.Item>
        <Form.Item
          name="source"
          label="发布文件"
          rules={[{ required: true, whitespace: true, message: '请填写发布文件' }]}
        >
          <Input data-testid="supersede-source" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={loading} data-testid="supersede-submit">
            调整
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

/** One catalogue line: its terms, every version of its code, and (for 市人社局) a new version from a date. */
export function CatalogueLinePage() {
  const { id = '' } = useParams();
  const { account } = useAuth();
  const navigate = useNavigate();
  const all = useQuery(TrainingCatalogueQueryDoc, { variables: {} });
  const line = all.data?.trainingCatalogueLines.find((l) => l.id === id);
  const versions = useQuery(TrainingCatalogueQueryDoc, { variables: { code: line?.code }, skip: !line });
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/training/catalogue')}>
      返回培训目录
    </Button>
  );
  if (!line) {
    return (
      <RecordFallback
        heading="补贴性职业技能培训目录"
        back={back}
        loading={all.loading}
        error={all.error}
        notFound="未找到该目录项"
        testId="catalogue-not-found"
      />
    );
  }
  const current = !line.validUntil;
  return (
    <>
      <PageTitle title={`${line.code} ${line.nameZh}`} extra={back}>
        <span data-testid="catalogue-line-name">
          {line.code} {line.nameZh}
        </span>
      </PageTitle>
      <QueryError error={versions.error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'programme', label: '项目类别', children: label(trainingProgrammeLabels, line.programme) },
            { key: 'level', label: '培训等级', children: line.level ?? '—' },
            { key: 'amount', label: '补贴标准（每人）', children: <Money fen={line.amountFen} /> },
            { key: 'split', label: '分担比例', children: splitText(line.split) },
            { key: 'period', label: '有效期', children: periodText(line) },
            { key: 'cert', label: '须取得证书', children: line.requiresCertificate ? '是' : '否' },
            { key: 'source', label: '发布文件', children: line.source },
            { key: 'by', label: '登记人', children: line.createdByName },
          ]}
        />
      </Card>
      {canManageSubsidisedTraining(account) && current ? (
        <SupersedeForm line={line} onDone={(newId) => navigate(`/training/catalogue/${encodeURIComponent(newId)}`)} />
      ) : (
        <Typography.Paragraph type="secondary" data-testid="catalogue-read-only">
          {current ? '目录由市人力资源社会保障局维护（二(五)）；本账号只查看。' : '该版本已被替代，只查看。'}
        </Typography.Paragraph>
      )}
      <Card size="small" title="各版本">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Table<CatalogueLine>
            rowKey="id"
            size="small"
            pagination={false}
            loading={versions.loading}
            columns={versionColumns}
            dataSource={versions.data?.trainingCatalogueLines ?? []}
            data-testid="catalogue-versions"
          />
        </Space>
      </Card>
    </>
  );
}
