import { useMemo } from 'react';
import { Card, Col, Empty, Row, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { ExportButton } from '../../components/ExportButton';
import { PageTitle } from '../../components/PageTitle';
import { PolicyYearSelect } from '../../components/PolicyYearSelect';
import { QueryError } from '../../components/QueryError';
import { currentYear } from '../../format/dateTime';
import { useUrlNumberParam } from '../../apollo/useUrlParam';
import { TargetsDashboardQueryDoc } from './documents';
import { TrendChart } from './TrendChart';
import {
  exportColumns,
  exportRows,
  STATUS_WORDS,
  targetLines,
  targetWords,
  type TargetLine,
  type TargetView,
} from './targetRows';

const statusTag = (s: string) => <Tag color={STATUS_WORDS[s]?.colour}>{STATUS_WORDS[s]?.text ?? s}</Tag>;
const monthLabels = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

/**
 * 目标进度 (T1–T15): for a year, each target of the policy against what the platform has recorded, with its clause, the
 * month-by-month trend and whether it is on track. The numbers are the subgraphs' (through the gateway), the targets
 * and their readings the rules package's; a target the platform does not count yet says so instead of showing zero.
 */
export function TargetsDashboardPage() {
  const [chosen, setYear] = useUrlNumberParam('year');
  const year = chosen ?? currentYear();
  const { data, loading, error } = useQuery(TargetsDashboardQueryDoc, { variables: { year } });
  const lines = useMemo(() => {
    if (!data) return [];
    const views = [
      ...data.evaluationTargets,
      ...data.trainingTargets,
      ...data.competitionsTargets,
      ...data.awardsTargets,
    ] as TargetView[];
    return targetLines(views);
  }, [data]);
  const labels = useMemo(() => monthLabels(year), [year]);
  const counted = lines.filter((l): l is Extract<TargetLine, { counted: true }> => l.counted);

  return (
    <>
      <PageTitle
        title="政策目标进度"
        extra={
          <Space>
            <PolicyYearSelect value={year} onChange={setYear} testId="targets-year" ariaLabel="统计年度" />
            <ExportButton
              name={`政策目标进度-${year}`}
              sheet="目标进度"
              columns={exportColumns(year)}
              fetchRows={async () => exportRows(lines)}
            />
          </Space>
        }
      >
        政策目标进度
      </PageTitle>
      <QueryError error={error} />
      <Card title={`${year} 年目标一览`} loading={loading && !data} style={{ marginBottom: 16 }}>
        <Table<TargetLine>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={lines}
          data-testid="targets-table"
          onRow={(l) => ({ 'data-target': l.id }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: '目标', dataIndex: 'id', width: 64 },
            {
              title: '内容',
              key: 'text',
              render: (_, l) => (
                <>
                  <div>{l.text}</div>
                  <Typography.Text type="secondary">{l.citation}</Typography.Text>
                </>
              ),
            },
            {
              title: '完成 / 目标',
              key: 'numbers',
              render: (_, l) =>
                l.counted ? (
                  l.view.components.map((c) => (
                    <div key={c.key} data-testid={`target-figure-${l.id}-${c.key}`}>
                      {l.view.components.length > 1 ? `${c.label}：` : ''}
                      <b>{c.achieved}</b> / {targetWords(c)}
                    </div>
                  ))
                ) : (
                  <Typography.Text type="secondary">—</Typography.Text>
                ),
            },
            {
              title: '进度',
              key: 'status',
              width: 110,
              render: (_, l) =>
                l.counted ? statusTag(l.view.status) : <Tag data-testid="target-not-counted">平台尚未统计</Tag>,
            },
            { title: '考核截止', key: 'due', width: 110, render: (_, l) => (l.counted ? l.view.dueDate : '') },
          ]}
        />
      </Card>
      {data && counted.length === 0 && <Empty description="暂无可统计的目标" />}
      <Row gutter={[16, 16]}>
        {counted.map((l) => (
          <Col key={l.id} xs={24} xl={12}>
            <Card
              size="small"
              data-testid={`target-card-${l.id}`}
              title={
                <Space>
                  <span>{l.id}</span>
                  {statusTag(l.view.status)}
                </Space>
              }
            >
              <Typography.Paragraph style={{ marginBottom: 8 }}>{l.view.summary}</Typography.Paragraph>
              <TrendChart
                title={`${l.id} 各月累计完成与目标`}
                labels={labels}
                series={l.view.components.map((c) => ({
                  label: c.label,
                  target: c.target,
                  data: c.monthly.map((m) => m.achieved ?? null),
                }))}
              />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
