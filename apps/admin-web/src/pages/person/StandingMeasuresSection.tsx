import { useState } from 'react';
import { App, Alert, Button, Card, Form, Input, InputNumber, Select, Table } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PersonDetailQuery } from '../../gql/graphql';
import { ActionModal } from '../../components/ActionModal';
import { currentYear, formatDateTime } from '../../format/dateTime';

type Measure = NonNullable<NonNullable<PersonDetailQuery['person']>['standingMeasures']>[number];

const StandingMeasureKindsDoc = graphql(`
  query StandingMeasureKinds {
    standingMeasureKinds {
      code
      clause
      zh
    }
  }
`);

const RecordStandingMeasureDoc = graphql(`
  mutation RecordStandingMeasure($input: RecordStandingMeasureInput!) {
    recordStandingMeasure(input: $input) {
      id
      measure
      measureName
      year
      note
      recordedByName
      recordedAt
    }
  }
`);

interface Values {
  measure: string;
  year: number;
  note?: string;
}

/**
 * H5 (五(十五)): the political and social standing measures taken for the person (recommendations, programmes
 * attended), and 登记措施 for the bodies that record them (the server checks the body of 五(十五) again).
 */
export function StandingMeasuresSection({
  personId,
  rows,
  unavailable,
  canRecord,
}: {
  personId: string;
  rows: readonly Measure[] | null | undefined;
  unavailable: string | null | undefined;
  canRecord: boolean;
}) {
  const { message } = App.useApp();
  const [recording, setRecording] = useState(false);
  const kinds = useQuery(StandingMeasureKindsDoc, { skip: !recording });
  const [record] = useMutation(RecordStandingMeasureDoc, { refetchQueries: ['PersonDetail'] });
  return (
    <Card
      title={`政治待遇和社会地位（${rows?.length ?? 0}）`}
      style={{ marginTop: 16 }}
      data-testid="person-standing-measures"
      extra={
        canRecord && (
          <Button onClick={() => setRecording(true)} data-testid="record-standing-measure">
            登记措施
          </Button>
        )
      }
    >
      {rows ? (
        <Table<Measure>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={[...rows]}
          locale={{ emptyText: '暂无记录' }}
          columns={[
            { title: '年度', dataIndex: 'year' },
            { title: '措施', dataIndex: 'measureName' },
            { title: '说明', dataIndex: 'note', render: (v: string | null) => v ?? '—' },
            { title: '登记人', dataIndex: 'recordedByName' },
            { title: '登记时间', dataIndex: 'recordedAt', render: (v: string) => formatDateTime(v) },
          ]}
        />
      ) : (
        <Alert type="warning" showIcon title="暂时无法读取" description={unavailable} />
      )}
      {recording && (
        <ActionModal<Values>
          title="登记政治待遇和社会地位措施（五(十五)）"
          okText="登记"
          testId="standing-measure-dialog"
          fieldNames={['measure', 'year', 'note']}
          initialValues={{ year: currentYear() }}
          onSubmit={(v) =>
            record({ variables: { input: { personId, measure: v.measure, year: v.year, note: v.note } } })
          }
          onSuccess={() => {
            message.success('已登记');
            setRecording(false);
          }}
          onClose={() => setRecording(false)}
        >
          <Form.Item name="measure" label="措施" rules={[{ required: true, message: '请选择措施' }]}>
            <Select
              loading={kinds.loading}
              options={kinds.data?.standingMeasureKinds.map((k) => ({ value: k.code, label: k.zh })) ?? []}
            />
          </Form.Item>
          <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber precision={0} min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="note" label="说明（推荐的职务、参加的研修项目等）">
            <Input.TextArea rows={3} />
          </Form.Item>
        </ActionModal>
      )}
    </Card>
  );
}
