import { Card, Space, Statistic, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { CraftsmanCollegeTargetQueryDoc } from './collegeDocuments';
import { TARGET_PROGRESS } from './targetProgress';

/** T11 (二(六): ３年内建设２０个左右市级工匠学院): approvals so far, year by year, with the clause's words. */
export function CollegeTargetCard() {
  const { data } = useQuery(CraftsmanCollegeTargetQueryDoc);
  const t = data?.craftsmanCollegeTarget;
  const progress = t ? (TARGET_PROGRESS[t.status] ?? { text: t.status, colour: 'default' }) : null;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="college-target">
      {t && (
        <Space wrap size="large" align="center">
          <Statistic
            title={`${t.from} 至 ${t.dueDate} 批准建设`}
            value={t.approved}
            suffix={`/ 约 ${t.target} 个`}
            valueRender={(v) => <span data-testid="college-target-approved">{v}</span>}
          />
          <Statistic title="“左右”的范围" value={`${t.lower}–${t.upper ?? '—'}`} />
          <Statistic title="尚余名额" value={t.remaining ?? '—'} />
          {t.byYear.map((y) => (
            <Statistic key={y.year} title={`${y.year} 年`} value={y.approved} />
          ))}
          {progress && <Tag color={progress.colour}>{progress.text}</Tag>}
          <Typography.Text type="secondary" data-testid="college-target-clause">
            {t.zh}（{t.clause}）
          </Typography.Text>
        </Space>
      )}
    </Card>
  );
}
