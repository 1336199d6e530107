import { Card, Space, Statistic, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { TARGET_PROGRESS } from '../targetProgress';
import { ApprenticeTargetQueryDoc } from './documents';

/** T5 (二(二): 力争每年培训新型学徒５００名): this year's apprentices against the rules' target, by county. */
export function ApprenticeTargetCard({ year }: { year?: number }) {
  const { data } = useQuery(ApprenticeTargetQueryDoc, { variables: { year } });
  const t = data?.apprenticeTarget;
  const progress = t ? (TARGET_PROGRESS[t.status] ?? { text: t.status, colour: 'default' }) : null;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="apprentice-target">
      {t && (
        <Space wrap size="large" align="center">
          <Statistic
            title={`${t.year} 年开始培训的新型学徒`}
            value={t.apprentices}
            suffix={`/ ${t.target} 名`}
            valueRender={(v) => <span data-testid="apprentice-target-count">{v}</span>}
          />
          {t.byCounty.map((c) => (
            <Statistic key={c.countyCode} title={c.county.name} value={c.apprentices} />
          ))}
          {progress && <Tag color={progress.colour}>{progress.text}</Tag>}
          <Typography.Text type="secondary" data-testid="apprentice-target-clause">
            {t.zh}（{t.clause}；每名学徒按协议开始年度计一次）
          </Typography.Text>
        </Space>
      )}
    </Card>
  );
}
