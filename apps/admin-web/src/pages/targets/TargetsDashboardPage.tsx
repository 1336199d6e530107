import { useMemo } from 'react';
import { Alert, Card, Col, Empty, Row, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useAuth } from '../../auth/AuthContext';
import { CountiesQuery, CountySelect } from '../../components/CountySelect';
import { ExportButton } from '../../components/ExportButton';
import { PageTitle } from '../../components/PageTitle';
import { PolicyYearSelect } from '../../components/PolicyYearSelect';
import { QueryError } from '../../components/QueryError';
import { currentYear } from '../../format/dateTime';
import { useUrlNumberParam, useUrlParam } from '../../apollo/useUrlParam';
import { canRecordTargetStatistics } from './access';
import { TargetStatistics } from './TargetStatistics';
import { TargetsDashboardQueryDoc } from './documents';
import { TrendChart } from './TrendChart';
import {
  achievedWords,
  assessmentWords,
  exportColumns,
  exportRows,
  shareOfCity,
  STATUS_WORDS,
  targetLines,
  targetWords,
  type TargetLine,
  type TargetView,
} from './targetRows';

/** `?county=city` keeps the city for an account whose default is its own county. */
const CITY = 'city';

type Data = { [K in 'evaluationTargets' | 'trainingTargets' | 'competitionsTargets' | 'awardsTargets']: unknown[] };
const viewsOf = (data: Data | undefined): TargetView[] =>
  data
    ? ([
        ...data.evaluationTargets,
        ...data.trainingTargets,
        ...data.competitionsTargets,
        ...data.awardsTargets,
      ] as TargetView[])
    : [];

const statusTag = (s: string) => <Tag color={STATUS_WORDS[s]?.colour}>{STATUS_WORDS[s]?.text ?? s}</Tag>;
const monthLabels = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

/**
 * 目标进度 (T1–T15): for a year, each target of the policy against what the platform has recorded, with its clause, the
 * month-by-month trend and whether it is on track. The numbers are the subgraphs' (through the gateway), the targets
 * and their readings the rules package's; a target the platform does not count yet says so instead of showing zero.
 */
export function TargetsDashboardPage() {
  const { account } = useAuth();
  const [chosen, setYear] = useUrlNumberParam('year');
  const year = chosen ?? currentYear();
  // A county account sees its own county by default; anyone may pick a county or go back to the city.
  const [picked, setPicked] = useUrlParam('county');
  const county = picked === CITY ? undefined : (picked ?? account?.countyCode ?? undefined);
  const setCounty = (code: string | undefined) => setPicked(code ?? (account?.countyCode ? CITY : undefined));
  const city = useQuery(TargetsDashboardQueryDoc, { variables: { year } });
  const local = useQuery(TargetsDashboardQueryDoc, { variables: { year, county: county ?? null }, skip: !county });
  const counties = useQuery(CountiesQuery);
  const countyName = county ? (counties.data?.counties.find((c) => c.code === county)?.name ?? county) : '';
  const { data, loading } = city;
  const error = city.error ?? local.error;
  const lines = useMemo(
    () => (data ? targetLines(viewsOf(data), county ? viewsOf(local.data) : undefined) : []),
    [data, local.data, county],
  );
  const labels = useMemo(() => monthLabels(year), [year]);
  const counted = lines.filter((l): l is Extract<TargetLine, { counted: true }> => l.counted);

  return (
    <>
      <PageTitle
        title="政策目标进度"
        extra={
          <Space>
            <PolicyYearSelect value={year} onChange={setYear} testId="targets-year" ariaLabel="统计年度" />
            <CountySelect
              value={county}
              onChange={setCounty}
              testId="targets-county"
              placeholder="全市"
              ariaLabel="统计范围：全市或县（市、区）"
            />
            <ExportButton
              name={`政策目标进度-${year}${countyName ? `-${countyName}` : ''}`}
              sheet="目标进度"
              columns={exportColumns(year, countyName || undefined)}
              fetchRows={async () => exportRows(lines, countyName)}
            />
          </Space>
        }
      >
        政策目标进度
      </PageTitle>
      <QueryError error={error} />
      {county && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="targets-county-note"
          title={`政策目标是全市目标：下表“${countyName}”一栏为该县（市、区）对各项全市目标的贡献（本县完成数及占全市比例），不是该县自己的目标。T1 按该县登记的就业人员数计算本县比例；T3 为全市定性目标。`}
        />
      )}
      <TargetStatistics year={year} mayRecord={canRecordTargetStatistics(account)} />
      <Card title={`${year} 年目标一览（全市）`} loading={loading && !data} style={{ marginBottom: 16 }}>
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
              title: '完成 / 目标（全市）',
              key: 'numbers',
              render: (_, l) =>
                !l.counted ? (
                  <Typography.Text type="secondary">—</Typography.Text>
                ) : l.view.components.length === 0 ? (
                  <div data-testid={`target-assessment-${l.id}`}>
                    <b>{assessmentWords(l.view)}</b>
                    {l.view.assessment && (
                      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                        {l.view.assessment.note}（{l.view.assessment.assessedBy}，{l.view.assessment.assessedOn}）
                      </Typography.Paragraph>
                    )}
                  </div>
                ) : (
                  l.view.components.map((c) => (
                    <div key={c.key} data-testid={`target-figure-${l.id}-${c.key}`}>
                      {l.view.components.length > 1 ? `${c.label}：` : ''}
                      <b>{achievedWords(c)}</b> / {targetWords(c)}
                      {c.denominatorNote && (
                        <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
                          {c.denominatorNote}
                        </Typography.Paragraph>
                      )}
                    </div>
                  ))
                ),
            },
            ...(county
              ? [
                  {
                    title: `${countyName}贡献（占全市）`,
                    key: 'county',
                    render: (_: unknown, l: TargetLine) =>
                      !l.counted || !l.local ? (
                        <Typography.Text type="secondary">—</Typography.Text>
                      ) : l.local.components.length === 0 ? (
                        <Typography.Text type="secondary">全市定性目标</Typography.Text>
                      ) : (
                        l.local.components.map((c) => {
                          const cityFigure = l.view.components.find((x) => x.key === c.key)?.achieved ?? 0;
                          return (
                            <div key={c.key} data-testid={`target-county-${l.id}-${c.key}`}>
                              {l.local!.components.length > 1 ? `${c.label}：` : ''}
                              <b>{achievedWords(c)}</b>
                              {c.key === 'skilledShare' ? '' : `（${shareOfCity(c.achieved, cityFigure)}）`}
                            </div>
                          );
                        })
                      ),
                  },
                ]
              : []),
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
        {counted
          .filter((l) => l.view.components.length > 0)
          .map((l) => (
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
                  series={l.view.components
                    // T1's target is a percentage, its trend a count of people: drawn without the target line.
                    .map((c) => ({
                      label: c.key === 'skilledShare' ? '持证技能人才（人）' : c.label,
                      target: c.key === 'skilledShare' ? null : c.target,
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
