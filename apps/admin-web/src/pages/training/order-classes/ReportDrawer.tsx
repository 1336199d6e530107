import { useState } from 'react';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraduateProgramme, OrderClassHiringReportDetailQuery } from '../../../gql/graphql';
import { errorMessage } from '../../../apollo/errors';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PersonSelect } from '../../../components/PersonSelect';
import { PolicyYearSelect } from '../../../components/PolicyYearSelect';
import { labelOptions } from '../../../labels';
import {
  CorrectOrderClassHiringReportDoc,
  OrderClassAgreementsQueryDoc,
  SubmitOrderClassHiringReportDoc,
} from './documents';
import { graduateProgrammeLabels, orderClassActionLabels } from './labels';

type Report = NonNullable<OrderClassHiringReportDetailQuery['orderClassHiringReport']>;

interface HireValues {
  personId?: string;
  /** The graduate's name, for a row taken from the report being corrected (its person is fixed). */
  personName?: string;
  hireDate?: string;
  fullTime?: boolean;
  programme?: GraduateProgramme;
  fullTimeProgramme?: boolean;
  contractYears?: number;
  agreementId?: string;
}

interface ReportValues {
  enterpriseId?: string;
  year?: number;
  keyEnterpriseOrProject?: boolean;
  keyEvidence?: string;
  hires?: HireValues[];
  note?: string;
  reason?: string;
}

const TOP_FIELDS = ['enterpriseId', 'year', 'keyEnterpriseOrProject', 'keyEvidence', 'hires', 'note', 'reason'];
const HIRE_FIELD = /^input\.hires\[(\d+)\]\.(\w+)$/;

/** The server's coded errors on the form: `input.hires[3].hireDate` on the fourth row's date, the rest above. */
function mapErrors(error: unknown): { fields: { name: (string | number)[]; errors: string[] }[]; other: string[] } {
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  const other: string[] = [];
  if (!CombinedGraphQLErrors.is(error)) return { fields, other: [errorMessage(error)] };
  for (const e of error.errors) {
    const field = typeof e.extensions?.field === 'string' ? e.extensions.field : '';
    const row = HIRE_FIELD.exec(field);
    if (row) fields.push({ name: ['hires', Number(row[1]), row[2]!], errors: [e.message] });
    else if (field.startsWith('input.') && TOP_FIELDS.includes(field.slice(6)))
      fields.push({ name: [field.slice(6)], errors: [e.message] });
    else if (e.message && !other.includes(e.message)) other.push(e.message);
  }
  return { fields, other };
}

const fromReport = (r: Report): ReportValues => ({
  enterpriseId: r.enterprise.id,
  year: r.year,
  keyEnterpriseOrProject: r.keyEnterpriseOrProject,
  keyEvidence: r.keyEvidence ?? undefined,
  hires: r.hires.map((h) => ({
    personId: h.person.id,
    personName: h.person.name ?? h.person.id,
    hireDate: h.hireDate,
    fullTime: h.fullTime,
    programme: h.programme,
    fullTimeProgramme: h.fullTimeProgramme,
    contractYears: h.contractYears,
    agreementId: h.agreement.id,
  })),
});

/** A row's graduate when correcting: fixed, shown by name (the form keeps the id). */
const FixedText = ({ text }: { text: string; value?: unknown; onChange?: unknown }) => (
  <Typography.Text data-testid="order-class-hire-fixed">{text}</Typography.Text>
);

interface Props {
  open: boolean;
  onClose(): void;
  onDone(id: string): void;
  /** The submitted report to correct; absent: a new report. */
  report?: Report;
}

/**
 * 报送年度聘用报告, or 更正 a submitted one (with its reason): the enterprise, the year, the key-enterprise condition
 * with its document, and each full-time hire of an order-class graduate (a new row copies the last one's date,
 * programme, contract and class, so only the graduate is chosen). The server checks everything again; its coded
 * errors land on their fields, a hire's on its row.
 */
export function ReportDrawer({ open, onClose, onDone, report }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportValues>();
  const [other, setOther] = useState<string[]>([]);
  const correcting = !!report;
  const enterpriseId = Form.useWatch('enterpriseId', form) ?? report?.enterprise.id;
  const keyEnterprise = Form.useWatch('keyEnterpriseOrProject', form);
  const { data: classes } = useQuery(OrderClassAgreementsQueryDoc, {
    variables: { first: 100, enterpriseId: enterpriseId ?? '' },
    skip: !enterpriseId,
  });
  const classOptions =
    classes?.orderClassAgreements.edges.map(({ node }) => ({
      value: node.id,
      label: `${node.className}（${node.college.name}）`,
    })) ?? [];
  const refetch = { refetchQueries: ['OrderClassHiringReports', 'OrderClassHiringReportDetail'] };
  const [submitReport, { loading: submitting }] = useMutation(SubmitOrderClassHiringReportDoc, refetch);
  const [correctReport, { loading: correctingNow }] = useMutation(CorrectOrderClassHiringReportDoc, refetch);
  const loading = submitting || correctingNow;

  async function submit(values: ReportValues) {
    setOther([]);
    const hires = (values.hires ?? []).map((h) => ({
      personId: h.personId ?? '',
      hireDate: h.hireDate ?? '',
      fullTime: h.fullTime === true,
      programme: h.programme ?? 'OTHER',
      fullTimeProgramme: h.fullTimeProgramme === true,
      contractYears: h.contractYears ?? 0,
      agreementId: h.agreementId ?? '',
    }));
    const key = values.keyEnterpriseOrProject === true;
    const evidence = values.keyEvidence?.trim() || null;
    try {
      let id: string | undefined;
      if (report) {
        const { data } = await correctReport({
          variables: {
            input: {
              id: report.id,
              keyEnterpriseOrProject: key,
              keyEvidence: evidence,
              hires,
              reason: values.reason?.trim() ?? '',
            },
          },
        });
        id = data?.correctOrderClassHiringReport.id;
      } else {
        const { data } = await submitReport({
          variables: {
            input: {
              enterpriseId: values.enterpriseId ?? '',
              year: values.year ?? 0,
              keyEnterpriseOrProject: key,
              keyEvidence: evidence,
              hires,
              ...(values.note?.trim() ? { note: values.note.trim() } : {}),
            },
          },
        });
        id = data?.submitOrderClassHiringReport.id;
      }
      if (!id) return;
      message.success(`已${report ? orderClassActionLabels.CORRECT_REPORT : orderClassActionLabels.SUBMIT_REPORT}`);
      form.resetFields();
      onDone(id);
      onClose();
    } catch (error) {
      const mapped = mapErrors(error);
      form.setFields(mapped.fields as never);
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={correcting ? orderClassActionLabels.CORRECT_REPORT : orderClassActionLabels.SUBMIT_REPORT}
      size={1100}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            loading={loading}
            onClick={() => form.submit()}
            data-testid="order-class-report-submit"
          >
            {correcting ? '更正' : '报送'}
          </Button>
        </Space>
      }
    >
      <div data-testid="order-class-report-form">
        <Typography.Paragraph type="secondary">
          每个企业每年一份，由另一名工作人员确认后写入资金事实，由资金核定服务按政策规则核定订单用才补贴（二(四)：全日制专科或高级工及以上、签订３年以上工作合同的全职聘用人数，５０—１００人每人５０００元、１００人以上每人１万元，市、县５:５分担）。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<ReportValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={report ? fromReport(report) : { keyEnterpriseOrProject: true, hires: [] }}
          onFinish={(v) => void submit(v)}
        >
          <Space wrap align="start">
            {correcting ? (
              <>
                <Form.Item label="订单企业">{report.enterprise.name}</Form.Item>
                <Form.Item label="聘用年度">{report.year}</Form.Item>
              </>
            ) : (
              <>
                <Form.Item
                  name="enterpriseId"
                  label="订单企业"
                  style={{ width: 360 }}
                  rules={[{ required: true, message: '请选择订单企业' }]}
                >
                  <OrganisationSelect testId="order-class-report-enterprise" />
                </Form.Item>
                <Form.Item name="year" label="聘用年度" rules={[{ required: true, message: '请选择聘用年度' }]}>
                  <PolicyYearSelect testId="order-class-report-year" ariaLabel="聘用年度" />
                </Form.Item>
              </>
            )}
          </Space>
          <Form.Item name="keyEnterpriseOrProject" valuePropName="checked">
            <Checkbox data-testid="order-class-report-key">重点企业或重点项目</Checkbox>
          </Form.Item>
          <Form.Item
            name="keyEvidence"
            label="重点企业（项目）认定文件（文号或名称）"
            extra={keyEnterprise ? '勾选重点企业或重点项目时须填写' : undefined}
            rules={[{ max: 200, message: '认定文件不超过 200 个字' }]}
          >
            <Input data-testid="order-class-report-key-evidence" />
          </Form.Item>
          <Typography.Title level={5}>全职聘用的订单班毕业生</Typography.Title>
          <Form.List name="hires">
            {(rows, { add, remove }) => (
              <div data-testid="order-class-report-hires">
                {rows.map((row, i) => {
                  const fixed = form.getFieldValue(['hires', row.name, 'personName']) as string | undefined;
                  return (
                    <Space key={row.key} align="start" wrap data-testid={`order-class-hire-${i}`}>
                      <Form.Item
                        name={[row.name, 'personId']}
                        label={i === 0 ? '毕业生' : undefined}
                        style={{ width: 260 }}
                        rules={[{ required: true, message: '请选择毕业生' }]}
                      >
                        {fixed ? <FixedText text={fixed} /> : <PersonSelect testId={`order-class-hire-person-${i}`} />}
                      </Form.Item>
                      <Form.Item
                        name={[row.name, 'hireDate']}
                        label={i === 0 ? '聘用日期' : undefined}
                        rules={[{ required: true, message: '请填写聘用日期' }]}
                      >
                        <Input type="date" data-testid={`order-class-hire-date-${i}`} />
                      </Form.Item>
                      <Form.Item
                        name={[row.name, 'programme']}
                        label={i === 0 ? '毕业班次' : undefined}
                        rules={[{ required: true, message: '请选择毕业班次' }]}
                      >
                        <Select<GraduateProgramme>
                          style={{ width: 170 }}
                          options={labelOptions(graduateProgrammeLabels)}
                          data-testid={`order-class-hire-programme-${i}`}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[row.name, 'contractYears']}
                        label={i === 0 ? '合同年限' : undefined}
                        rules={[{ required: true, message: '请填写合同年限' }]}
                      >
                        <InputNumber style={{ width: 80 }} data-testid={`order-class-hire-contract-${i}`} />
                      </Form.Item>
                      <Form.Item
                        name={[row.name, 'agreementId']}
                        label={i === 0 ? '订单班' : undefined}
                        rules={[{ required: true, message: '请选择订单班' }]}
                      >
                        <Select
                          style={{ width: 220 }}
                          options={classOptions}
                          data-testid={`order-class-hire-agreement-${i}`}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[row.name, 'fullTime']}
                        valuePropName="checked"
                        label={i === 0 ? ' ' : undefined}
                      >
                        <Checkbox>全职</Checkbox>
                      </Form.Item>
                      <Form.Item
                        name={[row.name, 'fullTimeProgramme']}
                        valuePropName="checked"
                        label={i === 0 ? ' ' : undefined}
                      >
                        <Checkbox>全日制</Checkbox>
                      </Form.Item>
                      <Form.Item label={i === 0 ? ' ' : undefined}>
                        <Button
                          icon={<DeleteOutlined />}
                          aria-label="删除此行"
                          onClick={() => remove(row.name)}
                          data-testid={`order-class-hire-remove-${i}`}
                        />
                      </Form.Item>
                    </Space>
                  );
                })}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => {
                    // A new row copies the last one (date, programme, contract, class): only the graduate is chosen.
                    const all = (form.getFieldValue('hires') ?? []) as HireValues[];
                    const last = all.at(-1);
                    add({
                      hireDate: last?.hireDate,
                      programme: last?.programme ?? 'SENIOR_CLASS',
                      contractYears: last?.contractYears ?? 3,
                      agreementId: last?.agreementId ?? classOptions[0]?.value,
                      fullTime: last?.fullTime ?? true,
                      fullTimeProgramme: last?.fullTimeProgramme ?? true,
                    });
                  }}
                  data-testid="order-class-hire-add"
                >
                  添加一名毕业生
                </Button>
                <Typography.Text type="secondary" style={{ marginLeft: 12 }} data-testid="order-class-hire-count">
                  共 {rows.length} 人
                </Typography.Text>
              </div>
            )}
          </Form.List>
          {correcting ? (
            <Form.Item
              name="reason"
              label="更正理由"
              style={{ marginTop: 16 }}
              rules={[
                { required: true, whitespace: true, message: '请写明更正理由' },
                { max: 500, message: '理由不超过 500 个字' },
              ]}
            >
              <Input.TextArea rows={2} data-testid="order-class-report-reason" />
            </Form.Item>
          ) : (
            <Form.Item
              name="note"
              label="说明"
              style={{ marginTop: 16 }}
              rules={[{ max: 500, message: '说明不超过 500 个字' }]}
            >
              <Input.TextArea rows={2} data-testid="order-class-report-note" />
            </Form.Item>
          )}
        </Form>
      </div>
    </Drawer>
  );
}
