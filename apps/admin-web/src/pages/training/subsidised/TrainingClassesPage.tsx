import { useState } from 'react';
import { Alert, App, Button, Drawer, Form, Input, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import type { TrainingClassesQuery, TrainingProgramme } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthContext';
import { formErrors } from '../../../apollo/formErrors';
import { usePagedQuery } from '../../../apollo/usePagedQuery';
import { useUrlNumberParam, useUrlParam } from '../../../apollo/useUrlParam';
import { ConnectionTable } from '../../../components/ConnectionTable';
import { CountySelect } from '../../../components/CountySelect';
import { EnumSelect } from '../../../components/EnumSelect';
import { ExportButton } from '../../../components/ExportButton';
import { FilterBar } from '../../../components/FilterBar';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PageTitle } from '../../../components/PageTitle';
import { PolicyYearSelect } from '../../../components/PolicyYearSelect';
import { SearchInput } from '../../../components/SearchInput';
import { tableColumns, type ListField } from '../../../components/listFields';
import { label } from '../../../labels';
import { canManageSubsidisedTraining } from './access';
import { CreateTrainingClassDoc, TrainingClassesQueryDoc } from './documents';
import { trainingClassActionLabels, trainingProgrammeLabels } from './labels';

type ClassRow = TrainingClassesQuery['trainingClasses']['edges'][number]['node'];

/** The class list, on screen and in Excel. */
const classFields: ListField<ClassRow>[] = [
  {
    header: '培训班',
    value: (c) => c.name,
    render: (c) => (
      <Link to={`/training/classes/${encodeURIComponent(c.id)}`} data-testid="class-link" data-class-id={c.id}>
        {c.name}
      </Link>
    ),
    width: 30,
  },
  { header: '培训机构', value: (c) => c.provider.name, width: 30 },
  { header: '县（市、区）', value: (c) => c.county.name, width: 14 },
  { header: '目录编码', value: (c) => c.catalogueCode, width: 16 },
  { header: '培训项目', value: (c) => c.line?.nameZh ?? '—', width: 24 },
  { header: '项目类别', value: (c) => label(trainingProgrammeLabels, c.programme), width: 20 },
  { header: '开班日期', value: (c) => c.startsOn, kind: 'date' },
  { header: '结业日期', value: (c) => c.endsOn, kind: 'date' },
  { header: '结业人数', value: (c) => c.completionCount, kind: 'number' },
];
const columns = tableColumns(classFields);

interface ClassValues {
  name: string;
  providerId: string;
  catalogueCode: string;
  startsOn: string;
  endsOn: string;
  countyCode?: string;
}
const FIELDS: (keyof ClassValues)[] = ['name', 'providerId', 'catalogueCode', 'startsOn', 'endsOn', 'countyCode'];

function CreateClassDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ClassValues>();
  const [other, setOther] = useState<string[]>([]);
  const [create, { loading }] = useMutation(CreateTrainingClassDoc, { refetchQueries: ['TrainingClasses'] });

  async function submit(v: ClassValues) {
    setOther([]);
    try {
      const { data } = await create({
        variables: {
          input: {
            name: v.name?.trim() ?? '',
            providerId: v.providerId,
            catalogueCode: v.catalogueCode?.trim() ?? '',
            startsOn: v.startsOn,
            endsOn: v.endsOn,
            ...(v.countyCode ? { countyCode: v.countyCode } : {}),
          },
        },
      });
      const made = data?.createTrainingClass;
      if (!made) return;
      message.success('已开设培训班');
      form.resetFields();
      onClose();
      navigate(`/training/classes/${encodeURIComponent(made.id)}`);
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as keyof ClassValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={trainingClassActionLabels.CREATE_CLASS}
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="class-submit">
            开设
          </Button>
        </Space>
      }
    >
      <div data-testid="class-form">
        <Typography.Paragraph type="secondary">
          目录编码须在开班日有有效的目录版本；县（市、区）缺省为培训机构所在县，由其财政承担目录中的县级份额（二(五)）。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<ClassValues> form={form} layout="vertical" disabled={loading} onFinish={(v) => void submit(v)}>
          <Form.Item
            name="name"
            label="班级名称"
            rules={[{ required: true, whitespace: true, message: '请填写班级名称' }]}
          >
            <Input data-testid="class-form-name" />
          </Form.Item>
          <Form.Item name="providerId" label="培训机构" rules={[{ required: true, message: '请选择培训机构' }]}>
            <OrganisationSelect testId="class-form-provider" />
          </Form.Item>
          <Form.Item
            name="catalogueCode"
            label="目录编码"
            rules={[{ required: true, whitespace: true, message: '请填写目录编码' }]}
          >
            <Input data-testid="class-form-code" />
          </Form.Item>
          <Form.Item name="startsOn" label="开班日期" rules={[{ required: true, message: '请填写开班日期' }]}>
            <Input type="date" data-testid="class-form-starts-on" />
          </Form.Item>
          <Form.Item name="endsOn" label="结业日期" rules={[{ required: true, message: '请填写结业日期' }]}>
            <Input type="date" data-testid="class-form-ends-on" />
          </Form.Item>
          <Form.Item name="countyCode" label="县（市、区）（可空）">
            <CountySelect />
          </Form.Item>
        </Form>
      </div>
    </Drawer>
  );
}

/**
 * 补贴性职业技能培训班 (R6 二(五)): every class with its trainees' count, filtered in the URL (start year, county,
 * provider, programme, code), exported as shown; 市人社局 opens classes here.
 */
export function TrainingClassesPage() {
  const { account } = useAuth();
  const manage = canManageSubsidisedTraining(account);
  const navigate = useNavigate();
  const [year, setYear] = useUrlNumberParam('year');
  const [countyCode, setCountyCode] = useUrlParam('countyCode');
  const [providerId, setProviderId] = useUrlParam('providerId');
  const [programme, setProgramme] = useUrlParam<TrainingProgramme>('programme');
  const [catalogueCode, setCatalogueCode] = useUrlParam('catalogueCode');
  const [creating, setCreating] = useState(false);
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(TrainingClassesQueryDoc, {
    year,
    countyCode,
    providerId,
    programme,
    catalogueCode,
  });
  return (
    <>
      <PageTitle
        extra={
          <Space wrap>
            <Button onClick={() => navigate('/training/catalogue')} data-testid="catalogue-page-link">
              培训目录
            </Button>
            <ExportButton
              name="补贴性职业技能培训班"
              columns={classFields}
              fetchRows={(progress) => fetchAll((d) => d.trainingClasses, progress)}
            />
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="class-create"
              >
                开设培训班
              </Button>
            )}
          </Space>
        }
      >
        补贴性职业技能培训班
      </PageTitle>
      <FilterBar>
        <Space data-testid="filter-year-box">
          <PolicyYearSelect value={year} onChange={setYear} testId="filter-year" ariaLabel="开班年度" />
          {year !== undefined && (
            <Tag closable onClose={() => setYear(undefined)}>
              {year}年开班
            </Tag>
          )}
        </Space>
        <CountySelect value={countyCode} onChange={(v) => setCountyCode(v || undefined)} />
        <div style={{ width: 280 }}>
          <OrganisationSelect
            value={providerId}
            onChange={(v) => setProviderId(v || undefined)}
            placeholder="全部培训机构"
            testId="filter-provider"
          />
        </div>
        <EnumSelect
          labels={trainingProgrammeLabels}
          value={programme}
          onChange={setProgramme}
          placeholder="全部项目类别"
          testId="filter-programme"
          width={220}
        />
        <SearchInput
          defaultValue={catalogueCode}
          onSearch={setCatalogueCode}
          placeholder="目录编码"
          testId="filter-code"
        />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="classes-table"
        connection={data?.trainingClasses}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
      {manage && <CreateClassDrawer open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
