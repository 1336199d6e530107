import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { QUALITATIVE_STATUS, TARGET_RECORD, type QualitativeStatus } from '@jining/rules/vocabulary';
import { ActionModal } from '../../components/ActionModal';
import { CountySelect } from '../../components/CountySelect';
import { QueryError } from '../../components/QueryError';
import { labelOptions } from '../../labels';
import { AssessTargetDoc, EmployedPopulationsDoc, RecordEmployedPopulationDoc } from './documents';

const REFETCH = { refetchQueries: ['TargetsDashboard', 'EmployedPopulations'], awaitRefetchQueries: true };

interface EmployedValues {
  countyCode?: string;
  value: number;
  source: string;
  publishedOn: string;
}

/** 登记就业人员数 (T1's denominator) for the year: the city or one county, with its published source. */
function EmployedDialog({ year, onClose }: { year: number; onClose(): void }) {
  const { message } = App.useApp();
  const [run] = useMutation(RecordEmployedPopulationDoc, REFETCH);
  return (
    <ActionModal<EmployedValues>
      title={`${TARGET_RECORD.label('EMPLOYED_POPULATION')} · ${year}年`}
      okText="登记"
      testId="employed-dialog"
      effect="T1 技能人才占比 = 持证技能人才数 ÷ 就业人员数。就业人员数取统计公报等公布的数据，注明来源；更正即再登记一次，以最新为准。"
      fieldNames={['countyCode', 'value', 'source', 'publishedOn']}
      onSubmit={(v) =>
        run({
          variables: {
            input: {
              year,
              ...(v.countyCode ? { countyCode: v.countyCode } : {}),
              value: v.value,
              source: v.source.trim(),
              publishedOn: v.publishedOn,
            },
          },
        })
      }
      onSuccess={() => {
        message.success('已登记就业人员数');
        onClose();
      }}
      onClose={onClose}
    >
      <Form.Item name="countyCode" label="统计范围（不选为全市）">
        <CountySelect testId="employed-county" placeholder="全市" ariaLabel="统计范围" />
      </Form.Item>
      <Form.Item name="value" label="就业人员数（人）" rules={[{ required: true, message: '请填写就业人员数' }]}>
        <InputNumber min={1} precision={0} style={{ width: 200 }} data-testid="employed-value" />
      </Form.Item>
      <Form.Item
        name="source"
        label="数据来源"
        rules={[
          { required: true, whitespace: true, message: '请填写数据来源' },
          { max: 100, message: '数据来源不超过 100 个字' },
        ]}
      >
        <Input placeholder="如 济宁市2025年国民经济和社会发展统计公报" data-testid="employed-source" />
      </Form.Item>
      <Form.Item name="publishedOn" label="发布日期" rules={[{ required: true, message: '请填写发布日期' }]}>
        <Input type="date" data-testid="employed-published-on" />
      </Form.Item>
    </ActionModal>
  );
}

/** 定性目标评估 (T3): HRSS's standing for the year with its note. */
export function AssessDialog({ year, onClose }: { year: number; onClose(): void }) {
  const { message } = App.useApp();
  const [run] = useMutation(AssessTargetDoc, REFETCH);
  return (
    <ActionModal<{ status: QualitativeStatus; note: string }>
      title={`${TARGET_RECORD.label('QUALITATIVE_ASSESSMENT')} · T3 · ${year}年`}
      okText="登记评估"
      testId="assess-dialog"
      effect="T3 是定性目标，不计数：登记评估结论和依据，以最新一次为准，历次留存并记入审计日志。"
      fieldNames={['status', 'note']}
      onSubmit={(v) => run({ variables: { input: { targetId: 'T3', year, status: v.status, note: v.note.trim() } } })}
      onSuccess={() => {
        message.success('已登记评估结论');
        onClose();
      }}
      onClose={onClose}
    >
      <Form.Item name="status" label="评估结论" rules={[{ required: true, message: '请选择评估结论' }]}>
        <Select options={labelOptions(QUALITATIVE_STATUS.labels)} data-testid="assess-status" />
      </Form.Item>
      <Form.Item
        name="note"
        label="评估说明"
        rules={[
          { required: true, whitespace: true, message: '请填写评估说明' },
          { max: 1000, message: '评估说明不超过 1000 个字' },
        ]}
      >
        <Input.TextArea rows={4} data-testid="assess-note" />
      </Form.Item>
    </ActionModal>
  );
}

/** The employed-population figures recorded for the year (every correction kept), and HRSS's buttons to record. */
export function TargetStatistics({ year, mayRecord }: { year: number; mayRecord: boolean }) {
  const { data, loading, error } = useQuery(EmployedPopulationsDoc, { variables: { year } });
  const [open, setOpen] = useState<'employed' | 'assess' | null>(null);
  return (
    <Card
      size="small"
      title={`${year} 年就业人员数（T1 的分母）`}
      style={{ marginBottom: 16 }}
      data-testid="employed-card"
      extra={
        mayRecord && (
          <Space>
            <Button onClick={() => setOpen('employed')} data-testid="employed-record">
              {TARGET_RECORD.label('EMPLOYED_POPULATION')}
            </Button>
            <Button onClick={() => setOpen('assess')} data-testid="assess-record">
              {TARGET_RECORD.label('QUALITATIVE_ASSESSMENT')}（T3）
            </Button>
          </Space>
        )
      }
    >
      <QueryError error={error} />
      <Typography.Paragraph type="secondary">
        就业人员数是统计数据，平台不计数：由市人社局按年度登记全市和各县（市、区）的公布数据及其来源，以最新登记为准。
      </Typography.Paragraph>
      <Table
        rowKey="id"
        size="small"
        loading={loading && !data}
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        dataSource={data?.employedPopulations ?? []}
        columns={[
          { title: '范围', dataIndex: 'place' },
          { title: '就业人员数', dataIndex: 'value' },
          { title: '来源', dataIndex: 'source' },
          { title: '发布日期', dataIndex: 'publishedOn' },
          { title: '登记人', dataIndex: 'recordedBy' },
          { title: '登记时间', key: 'at', render: (_, r) => r.recordedAt.slice(0, 19).replace('T', ' ') },
        ]}
      />
      {open === 'employed' && <EmployedDialog year={year} onClose={() => setOpen(null)} />}
      {open === 'assess' && <AssessDialog year={year} onClose={() => setOpen(null)} />}
    </Card>
  );
}
