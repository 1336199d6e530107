import { Card, Progress, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import type { HonourYearQuery } from '../../gql/graphql';
import { PageTitle } from '../../components/PageTitle';
import { PolicyYearSelect } from '../../components/PolicyYearSelect';
import { QueryError } from '../../components/QueryError';
import { currentYear } from '../../format/dateTime';
import { honourKindLabels, label } from '../../labels';
import { useUrlNumberParam } from '../../apollo/useUrlParam';
import { HonourYearQueryDoc } from './documents';

type Year = HonourYearQuery['honourYear'];

const PROGRESS_WORDS: Record<string, { text: string; colour: string }> = {
  MET: { text: '已达成', colour: 'green' },
  IN_PROGRESS: { text: '进行中', colour: 'blue' },
  NOT_MET: { text: '未达成', colour: 'red' },
  BREACH: { text: '超出名额', colour: 'red' },
  QUALITATIVE: { text: '定性', colour: 'default' },
};
const progressTag = (s: string) => <Tag color={PROGRESS_WORDS[s]?.colour}>{PROGRESS_WORDS[s]?.text ?? s}</Tag>;

/** 年度名额与目标: per year, each quota used and remaining with its clause, and T13–T15 progress. */
export function HonourYearPage() {
  const [chosen, setYear] = useUrlNumberParam('year');
  const year = chosen ?? currentYear();
  const { data, loading, error } = useQuery(HonourYearQueryDoc, { variables: { year } });
  const view = data?.honourYear;
  return (
    <>
      <PageTitle
        title="表彰年度名额与目标"
        extra={<PolicyYearSelect value={year} onChange={setYear} testId="honour-year" ariaLabel="评选年度" />}
      >
        表彰年度名额与目标
      </PageTitle>
      <QueryError error={error} />
      <Card title="名额（五(十四)）" style={{ marginBottom: 16 }} loading={loading && !view}>
        <Table<Year['quotas'][number]>
          rowKey="id"
          pagination={false}
          dataSource={view?.quotas ?? []}
          data-testid="honour-quotas"
          onRow={(q) => ({ 'data-quota': q.id }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: '荣誉',
              key: 'kinds',
              render: (_, q) => q.kinds.map((k) => label(honourKindLabels, k)).join('、'),
            },
            { title: '政策数', dataIndex: 'quota' },
            { title: '至多批准', dataIndex: 'ceiling' },
            { title: '已用', dataIndex: 'used', render: (v: number) => <span data-testid="quota-used">{v}</span> },
            {
              title: '剩余',
              dataIndex: 'remaining',
              render: (v: number) => <span data-testid="quota-remaining">{v}</span>,
            },
            {
              title: '使用',
              key: 'bar',
              render: (_, q) => <Progress percent={Math.round((q.used * 100) / q.ceiling)} size="small" />,
            },
            { title: '条款', key: 'clause', render: (_, q) => `${q.target}，${q.clause}` },
            { title: '说明', dataIndex: 'zh' },
          ]}
        />
      </Card>
      <Card title="目标进度（T13–T15）" loading={loading && !view}>
        <Space direction="vertical" style={{ width: '100%' }} data-testid="honour-targets">
          {view?.targets.map((t) => (
            <div key={t.id} data-target={t.id}>
              <Typography.Text strong>
                {t.id}（{t.clause}）
              </Typography.Text>{' '}
              {progressTag(t.status)}
              <div>
                {t.components.map((c) => (
                  <div key={c.key}>
                    {c.zh}：{c.achieved} / {c.target}
                    {c.upper != null ? `（至多 ${c.upper}）` : ''} {progressTag(c.status)}
                  </div>
                ))}
              </div>
              <Typography.Text type="secondary">{t.zh}</Typography.Text>
            </div>
          ))}
        </Space>
      </Card>
    </>
  );
}
